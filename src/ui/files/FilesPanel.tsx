// The learner's workspace (what "parallel/fs" reads and writes): a tree of its files, a
// preview of the selected one, downloads (a file, or a folder as .zip), deletes after a
// question, image uploads into sample_images/ by drop or by button, and a gallery of processed
// images beside their originals.
import { useMemo, useRef, useState, type DragEvent } from 'react';
import { remove as removeEntry } from '../../runtime/fs/fs';
import { Panel } from '../Panel';
import { useT } from '../i18n/translate';
import { downloadBlob } from './download';
import { FilePreview } from './FilePreview';
import { FileTree } from './FileTree';
import { Gallery } from './Gallery';
import { useQuestion } from './QuestionDialog';
import { uploadImage, type OverwriteAnswer, type UploadOutcome } from './upload-flow';
import { describeOutcome, uploadHint } from './upload-messages';
import { useWorkspace } from './use-workspace';
import { filesOf, findEntry, type WorkspaceEntry, type WorkspaceFolder } from './workspace-tree';
import { zipFolder } from './zip-folder';
import './files.css';

interface Note {
  text: string;
  problem: boolean;
}

export function FilesPanel() {
  const t = useT();
  const { tree, error, refresh } = useWorkspace();
  const { ask, dialog } = useQuestion();
  const [selected, setSelected] = useState<string | null>(null);
  const [notes, setNotes] = useState<readonly Note[]>([]);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const treeArea = useRef<HTMLDivElement>(null);

  const selectedEntry = tree && selected !== null ? findEntry(tree, selected) : null;
  const files = useMemo(() => (tree ? filesOf(tree) : []), [tree]);

  const upload = async (chosen: readonly File[]) => {
    const selectedBefore = selected;
    setNotes([]);
    const outcomes: UploadOutcome[] = [];
    for (const file of chosen) {
      const outcome = await uploadImage(file, {
        askOverwrite: (name, other) =>
          ask<OverwriteAnswer>({
            message: t('overwriteQuestion', { name, other }),
            answers: [
              { value: 'replace', label: t('replace') },
              { value: 'keep-both', label: t('keepBoth'), primary: true },
              { value: 'cancel', label: t('cancel') },
            ],
            cancel: 'cancel',
          }),
      });
      outcomes.push(outcome);
      setNotes(outcomes.map((o) => ({ text: describeOutcome(o, t), problem: o.status !== 'uploaded' })));
    }
    const last = outcomes.findLast((o) => o.status === 'uploaded');
    await refresh();
    // Show the new image, unless the learner picked another file meanwhile.
    if (last?.status === 'uploaded') setSelected((now) => (now === selectedBefore ? last.path : now));
  };

  const remove = async (entry: WorkspaceEntry) => {
    const shown = entry.kind === 'folder' ? `${entry.path}/` : entry.path;
    const answer = await ask({
      message:
        entry.kind === 'folder'
          ? t('confirmDeleteFolder', { path: shown, n: filesOf(entry).length })
          : t('confirmDeleteFile', { path: shown }),
      answers: [
        { value: 'delete', label: t('deleteLabel'), primary: true },
        { value: 'cancel', label: t('cancel') },
      ],
      cancel: 'cancel',
    });
    if (answer !== 'delete') return;
    try {
      await removeEntry(entry.path, { recursive: true });
      setNotes([{ text: t('deleted', { path: shown }), problem: false }]);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setNotes([{ text: t('deleteFailed', { path: shown, error: message }), problem: true }]);
    }
    await refresh();
    // The row that had focus is gone: focus goes to the tree, not to the top of the page.
    treeArea.current?.focus();
  };

  const downloadFolder = async (folder: WorkspaceFolder) => {
    try {
      downloadBlob(await zipFolder(folder), `${folder.name}.zip`);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      setNotes([{ text: t('zipFailed', { error: message }), problem: true }]);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void upload([...event.dataTransfer.files]);
  };
  const onDragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const actions = (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {t('uploadImages')}
      </button>
      <input
        ref={input}
        type="file"
        accept="image/png,image/jpeg,.png,.jpg,.jpeg"
        multiple
        hidden
        aria-label={t('uploadImages')}
        onChange={(event) => {
          const chosen = [...(event.target.files ?? [])];
          // Choosing the same file again must fire change again.
          event.target.value = '';
          void upload(chosen);
        }}
      />
      <button type="button" onClick={() => void refresh()}>
        {t('refreshFiles')}
      </button>
      <button type="button" disabled={files.length === 0} onClick={() => tree && void downloadFolder(tree)}>
        {t('downloadAll')}
      </button>
    </>
  );

  return (
    <Panel title={t('workspaceFiles')} testId="files" className="files-panel" actions={actions}>
      <div
        className={`files-body${dragging ? ' files-dragging' : ''}`}
        onDragOver={onDragOver}
        onDragLeave={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={onDrop}
      >
        <p className="files-hint">{dragging ? t('dropHere') : uploadHint(t)}</p>
        <div role="alert" className="files-notes files-problems">
          {notes
            .filter((note) => note.problem)
            .map((note, i) => (
              <p key={i}>{note.text}</p>
            ))}
        </div>
        <div role="status" className="files-notes">
          {notes
            .filter((note) => !note.problem)
            .map((note, i) => (
              <p key={i}>{note.text}</p>
            ))}
        </div>
        {error === 'no-workspace' ? (
          <p className="notice notice-warn">{t('filesNoWorkspace')}</p>
        ) : error !== null ? (
          <p className="notice notice-error">{t('filesReadFailed', { error })}</p>
        ) : null}
        <div className="files-main">
          <div className="files-tree-area" ref={treeArea} tabIndex={-1}>
            {tree && files.length === 0 && tree.children.length === 0 ? (
              <p className="panel-empty">{t('filesEmpty')}</p>
            ) : (
              tree && (
                <FileTree
                  folder={tree}
                  selected={selected}
                  onSelect={setSelected}
                  onDelete={(entry) => void remove(entry)}
                  onDownloadFolder={(folder) => void downloadFolder(folder)}
                />
              )
            )}
          </div>
          {selectedEntry?.kind === 'file' ? (
            <FilePreview file={selectedEntry} />
          ) : (
            <p className="panel-empty file-preview">{t('previewNone')}</p>
          )}
        </div>
        <Gallery files={files} />
      </div>
      {dialog}
    </Panel>
  );
}
