import { expect, test } from 'vitest';
import LateChildLineWorker from '../fixtures/late-child-line.worker.ts?worker';
import { newCounters, wallMs } from '../context';
import type { RuntimeEvent } from '../events';
import { driveProgram } from './drive';

async function drive(entry: 'late.ts' | 'lost.ts') {
  const events: RuntimeEvent[] = [];
  const program = driveProgram({
    worker: new LateChildLineWorker(),
    request: {
      runId: crypto.randomUUID(),
      epoch: wallMs(),
      timeScale: 1,
      language: 'en',
      files: {},
      entry,
      counters: newCounters(),
    },
    onEvents: (batch) => events.push(...batch),
    mainPort: true,
  });
  const end = await program.ended;
  program.stop();
  const lines = events.flatMap((event) => (event.type === 'output' ? [event.text] : []));
  return { exitCode: end.exitCode, lines };
}

test('a run ends only once every batch its workers counted has arrived, even one 300 ms late', async () => {
  expect(await drive('late.ts')).toEqual({ exitCode: 0, lines: ['the last line'] });
});

test('a counted batch that never arrives holds the end up to a limit, not for ever', async () => {
  expect(await drive('lost.ts')).toEqual({ exitCode: 0, lines: [] });
});
