import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, report } from '../test-helpers';
import type { OutputLine } from '../../src/sandbox/report';

function run(o: { checked: boolean; parallel?: number }) {
  const output: OutputLine[] = [
    log(1, 'System has 2 CPU cores', 0),
    log(1, 'Running sequential.ts...', 0.01),
    log(1, 'Completed sequential.ts in 2.40 seconds', 2.41),
    log(1, '  filtering 0.31 s, PNG encoding 2.02 s (87% encoding)', 2.41),
    log(1, 'Running parallel.ts...', 2.42),
    log(1, `Completed parallel.ts in ${(o.parallel ?? 1.5).toFixed(2)} seconds`, 3.92),
    log(1, 'Running advanced.ts...', 3.93),
    log(1, 'Completed advanced.ts in 3.10 seconds', 7.03),
    log(1, 'Running no_pillow.ts...', 7.04),
    ...(o.checked
      ? [
          log(1, 'FAILED: no_pillow.ts exited with code 1', 7.1),
          log(1, "  ModuleNotFoundError: No module named 'PIL'", 7.1),
        ]
      : [log(1, 'Completed no_pillow.ts in 0.06 seconds', 7.1)]),
    log(1, "Performance comparison chart saved as 'performance_comparison.png'", 7.2),
  ];
  return report({ processes: [mainProcess(7.3)], output, plots: 1, files: ['/performance_comparison.png'] });
}

test('the solution passes', () => {
  expect(failing(check(run({ checked: true })))).toEqual([]);
});

test("the starter (the lab's unchecked exit codes) fails exit-codes", () => {
  expect(failing(check(run({ checked: false })))).toEqual(['exit-codes']);
});

test('a parallel.ts no faster than sequential.ts fails parallel-faster', () => {
  expect(failing(check(run({ checked: true, parallel: 2.39 })))).toEqual(['parallel-faster']);
});

test('no saved chart fails chart', () => {
  expect(failing(check({ ...run({ checked: true }), files: [] }))).toEqual(['chart']);
});
