import { expect, test } from 'vitest';
import check from './check';
import { at, failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine } from '../../src/sandbox/report';

const five = Array(5).fill(0.05) as number[];

function run(mode: 'solved' | 'starter' | 'in-main') {
  const first = schedule('processWithConfig', five, { pids: [2, 3, 4], start: 0.04 });
  const output: OutputLine[] = [1, 2, 3, 4, 5].map((d, i) =>
    log(at(first.worker, i), `Processing ${d} with config_a=10, config_b=5`, at(first.tasks, i).start),
  );
  output.push(log(1, 'Results: [15, 25, 35, 45, 55]', first.end + 0.002));
  let tasks = first.tasks;
  let end = first.end + 0.01;
  if (mode === 'solved') {
    const second = schedule('processWithConfig', five, { pids: [2, 3, 4], start: end });
    tasks = [...tasks, ...second.tasks];
    [1, 2, 3, 4, 5].forEach((d, i) =>
      output.push(
        log(at(second.worker, i), `Processing ${d} with config_a=100, config_b=1`, at(second.tasks, i).start),
      ),
    );
    end = second.end + 0.002;
    output.push(log(1, 'Big results: [101, 201, 301, 401, 501]', end));
  } else if (mode === 'starter') {
    output.push(
      log(
        1,
        "Could not send the arrow: PicklingError: Can't send an anonymous function (fn) to a worker",
        end,
      ),
    );
  } else {
    [1, 2, 3, 4, 5].forEach((d) =>
      output.push(log(1, `Processing ${d} with config_a=100, config_b=1`, (end += 0.05))),
    );
    output.push(log(1, 'Big results: [101, 201, 301, 401, 501]', end));
  }
  return report({ processes: [mainProcess(end + 0.01), ...workers(2, 3, 0.01, end + 0.005)], tasks, output });
}

test('the solution passes', () => {
  expect(failing(check(run('solved')))).toEqual([]);
});

test('the starter (arrow refused) fails big-results and in-workers', () => {
  expect(failing(check(run('starter')))).toEqual(['big-results', 'in-workers']);
});

test('computing the second configuration in the main process fails in-workers', () => {
  expect(failing(check(run('in-main')))).toEqual(['in-workers']);
});
