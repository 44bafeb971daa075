// The editor's props, apart from Monaco itself, so the page can name them without loading it.
import type { LessonFiles } from '../../lessons/registry';
import type { RunMarker } from '../session/run-store';
import type { ExtraLib } from './typescript-setup';

export type { ExtraLib };

export interface CodeEditorProps {
  lessonId: string;
  /** Every file of the lesson; a change from outside (Reset, setFiles) updates the editor. */
  files: LessonFiles;
  /** The file shown; every file keeps its own model, cursor and undo history. */
  activeFile: string;
  /** Declaration files for the editor's TypeScript (the runtime's "parallel" types). */
  extraLibs: readonly ExtraLib[];
  /** Run errors to underline, by file name. */
  markers: Readonly<Record<string, readonly RunMarker[]>>;
  /** The accessible name of the editor. */
  label: string;
  onChange(file: string, content: string): void;
  /** Ctrl/Cmd+Enter. */
  onRun(): void;
  /** The editor shows this lesson's files. */
  onShown(lessonId: string): void;
}
