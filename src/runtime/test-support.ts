// Runs the runtime from a test page: the page plays the main process (pid 1) of a run whose
// program is a set of fixture modules served by Vite, and every runtime event is collected.
import workerUrl from './worker/process.worker.ts?worker&url';
import { createRun, setContext } from './context';
import { connectEvents, flushEvents, runChannelName, type RuntimeEvent } from './events';
import { registerModule } from './references';
import type { Language } from './messages';
import { installWireHandlers } from './wire/handlers';

export interface TestRun {
  events: RuntimeEvent[];
  /** Waits until the events have arrived (BroadcastChannel is asynchronous). */
  settle(ms?: number): Promise<void>;
  close(): void;
}

/** `modules`: the fixture modules' namespaces by URL (new URL('./fixtures/x.ts', import.meta.url).href). */
export function startTestRun(
  modules: Record<string, Record<string, unknown>>,
  o: { timeScale?: number; language?: Language } = {},
): TestRun {
  const urls = Object.keys(modules);
  const files = Object.fromEntries(urls.map((url) => [url, url.split('/').pop() ?? url]));
  const run = createRun({
    workerUrl,
    program: { entry: urls[0] ?? '', files },
    timeScale: o.timeScale ?? 1,
    ...(o.language ? { language: o.language } : {}),
  });
  installWireHandlers();
  setContext({ pid: 1, ppid: 0, name: 'MainProcess', run, bootstrapping: false });
  connectEvents(run);
  for (const [url, namespace] of Object.entries(modules)) registerModule(url, () => namespace);
  const events: RuntimeEvent[] = [];
  const channel = new BroadcastChannel(runChannelName(run.id));
  channel.onmessage = (message: MessageEvent<RuntimeEvent[]>) => events.push(...message.data);
  return {
    events,
    async settle(ms = 50) {
      flushEvents();
      await new Promise((resolve) => setTimeout(resolve, ms));
    },
    close: () => channel.close(),
  };
}
