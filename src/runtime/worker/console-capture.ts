// console.log/info/warn/error/debug in a process go to the page, tagged with pid and time.
import { getContext, runSeconds } from '../context';
import { emit } from '../events';
import { formatLog } from '../format';

export function captureConsole(): void {
  const send =
    (stream: 'log' | 'error') =>
    (...args: unknown[]) => {
      const text = formatLog(args);
      // Vite's dev-server client also runs in workers and logs "[vite] connected.": not the learner's.
      if (text.startsWith('[vite] ')) return;
      emit({ type: 'output', pid: getContext().pid, stream, text, t: runSeconds() });
    };
  const target = console as unknown as Record<string, unknown>;
  for (const method of ['log', 'info', 'debug']) target[method] = send('log');
  for (const method of ['warn', 'error', 'trace']) target[method] = send('error');
}
