// The editor's tabs: the lesson's files, then the lab's original Python. A WAI-ARIA tablist:
// Tab reaches the selected tab, the arrow keys (and Home/End) move between tabs.
import { useRef, type KeyboardEvent } from 'react';

export interface EditorTab {
  id: string;
  label: string;
  /** A second line of the label, e.g. "Python (the lab’s)". */
  note?: string;
}

export function FileTabs({
  tabs,
  selected,
  onSelect,
  label,
  panelId,
}: {
  tabs: readonly EditorTab[];
  selected: string;
  onSelect(id: string): void;
  label: string;
  panelId: string;
}) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const next = nextTabIndex(
      event.key,
      tabs.findIndex((tab) => tab.id === selected),
      tabs.length,
    );
    const tab = next === null ? undefined : tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    list.current?.querySelector<HTMLElement>(`[data-tab-id="${CSS.escape(tab.id)}"]`)?.focus();
  };
  return (
    <div ref={list} className="file-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabElementId(panelId, tab.id)}
          data-tab-id={tab.id}
          aria-selected={tab.id === selected}
          aria-controls={panelId}
          tabIndex={tab.id === selected ? 0 : -1}
          className="file-tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
          {tab.note && <span className="file-tab-note"> · {tab.note}</span>}
        </button>
      ))}
    </div>
  );
}

/** The id of a tab's element, for the panel's aria-labelledby. */
export function tabElementId(panelId: string, tabId: string): string {
  return `${panelId}tab-${tabId}`;
}

/** Where a key moves the selection in a row of `count` tabs (wrapping), or null for other keys. */
function nextTabIndex(key: string, index: number, count: number): number | null {
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count;
    case 'ArrowLeft':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
