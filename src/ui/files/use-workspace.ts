// The workspace tree for the Files panel, read again after every run, whenever a running
// program has written another file, and on demand. Reads never overlap: a request during a
// read makes one more read after it, so a program writing many files costs few reads.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useRunState } from '../session/session-context';
import { hasWorkspace } from '../../runtime/fs/workspace';
import { readTree, type WorkspaceFolder } from './workspace-tree';

export interface WorkspaceView {
  tree: WorkspaceFolder | null;
  /** Why the workspace could not be read: 'no-workspace', or the message of the failed read. */
  error: string | null;
  refresh(): Promise<void>;
}

export function useWorkspace(): WorkspaceView {
  const [tree, setTree] = useState<WorkspaceFolder | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reading = useRef<Promise<void> | null>(null);
  const again = useRef(false);

  const refresh = useCallback((): Promise<void> => {
    if (!hasWorkspace()) return Promise.resolve();
    if (reading.current) {
      again.current = true;
      return reading.current;
    }
    const read = async () => {
      do {
        again.current = false;
        try {
          setTree(await readTree());
          setError(null);
        } catch (e) {
          setError(e instanceof Error ? e.message : String(e));
        }
      } while (again.current);
      reading.current = null;
    };
    reading.current = read();
    return reading.current;
  }, []);

  const running = useRunState((s) => s.running);
  const filesWritten = useRunState((s) => s.report?.files.length ?? 0);
  useEffect(() => {
    // Runs on mount, when a run starts or ends, and when a running program writes a new file.
    void refresh();
  }, [refresh, running, filesWritten]);

  return { tree, error: hasWorkspace() ? error : 'no-workspace', refresh };
}
