// The workspace as a tree: folders open and close, a file is selected to preview it, and each
// entry can be deleted (folders also downloaded as .zip). Every control is a labelled button in
// tab order; rows carry their path in data-path for tests.
import { useState } from 'react';
import { useT } from '../i18n/translate';
import { formatBytes } from './upload-messages';
import { filesOf, type WorkspaceEntry, type WorkspaceFolder } from './workspace-tree';

export interface FileTreeProps {
  folder: WorkspaceFolder;
  selected: string | null;
  onSelect(path: string): void;
  onDelete(entry: WorkspaceEntry): void;
  onDownloadFolder(folder: WorkspaceFolder): void;
}

export function FileTree(props: FileTreeProps) {
  const t = useT();
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const toggle = (path: string) =>
    setClosed((now) => {
      const next = new Set(now);
      if (!next.delete(path)) next.add(path);
      return next;
    });
  return (
    <ul className="file-tree" aria-label={t('workspaceTree')}>
      <Entries {...props} entries={props.folder.children} closed={closed} onToggle={toggle} />
    </ul>
  );
}

interface EntriesProps extends FileTreeProps {
  entries: readonly WorkspaceEntry[];
  closed: ReadonlySet<string>;
  onToggle(path: string): void;
}

function Entries({ entries, ...props }: EntriesProps) {
  const t = useT();
  return entries.map((entry) => {
    if (entry.kind === 'file') {
      const selected = props.selected === entry.path;
      return (
        <li key={entry.path} className="file-row" data-path={entry.path}>
          <button
            type="button"
            className="file-name button-quiet"
            aria-pressed={selected}
            onClick={() => props.onSelect(entry.path)}
          >
            {entry.name}
          </button>
          <span className="file-size">{formatBytes(entry.size, t)}</span>
          <button
            type="button"
            className="button-quiet file-action"
            aria-label={t('deleteEntry', { name: entry.path })}
            title={t('deleteEntry', { name: entry.path })}
            onClick={() => props.onDelete(entry)}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </li>
      );
    }
    const open = !props.closed.has(entry.path);
    return (
      <li key={entry.path} className="folder-row" data-path={entry.path}>
        <div className="folder-line">
          <button
            type="button"
            className="file-name button-quiet"
            aria-expanded={open}
            onClick={() => props.onToggle(entry.path)}
          >
            <span aria-hidden="true">{open ? '▾ ' : '▸ '}</span>
            {entry.name}/
          </button>
          <span className="file-size">{t('fileCount', { n: filesOf(entry).length })}</span>
          <button
            type="button"
            className="button-quiet file-action"
            aria-label={t('downloadFolder', { name: `${entry.path}/` })}
            title={t('downloadFolder', { name: `${entry.path}/` })}
            onClick={() => props.onDownloadFolder(entry)}
          >
            <span aria-hidden="true">⤓</span>
          </button>
          <button
            type="button"
            className="button-quiet file-action"
            aria-label={t('deleteEntry', { name: `${entry.path}/` })}
            title={t('deleteEntry', { name: `${entry.path}/` })}
            onClick={() => props.onDelete(entry)}
          >
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        {open && entry.children.length > 0 && (
          <ul>
            <Entries {...props} entries={entry.children} />
          </ul>
        )}
      </li>
    );
  });
}
