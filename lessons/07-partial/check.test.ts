import { expect, test } from 'vitest';
import check from './check';
import { at, failing, log, mainProcess, report, schedule, workers } from '../test-helpers';
import type { OutputLine } from '../../src/sandbox/report';

const five = Array(5).fill(0.05) as number[];
const data = [1, 2, 3, 4, 5];

/** The records of a partial's tasks: with the bound settings, or (as a runtime may record them) the item alone. */
function records(configA: number, configB: number, withConfig = true) {
  return data.map((d) => ({
    args: withConfig ? [d, { configA, configB }] : [d],
    result: d * configA + configB,
  }));
}

function run(mode: 'solved' | 'starter' | 'in-main' | 'items-only') {
  const withConfig = mode !== 'items-only';
  const first = schedule('processWithConfig', five, {
    pids: [2, 3, 4],
    start: 0.04,
    records: records(10, 5, withConfig),
  });
  const output: OutputLine[] = [log(1, 'Starting processing with partial function...', 0.03)];
  data.forEach((d, i) =>
    output.push(
      log(at(first.worker, i), `Processing ${d} with config_a=10, config_b=5`, at(first.tasks, i).start),
    ),
  );
  output.push(log(1, 'Results: [15, 25, 35, 45, 55]', first.end + 0.002));
  let tasks = first.tasks;
  let end = first.end + 0.01;
  if (mode === 'solved' || mode === 'items-only') {
    const second = schedule('processWithConfig', five, {
      pids: [2, 3, 4],
      start: end,
      records: records(100, 1, withConfig),
    });
    tasks = [...tasks, ...second.tasks];
    data.forEach((d, i) =>
      output.push(
        log(at(second.worker, i), `Processing ${d} with config_a=100, config_b=1`, at(second.tasks, i).start),
      ),
    );
    end = second.end + 0.002;
    output.push(log(1, 'Big results: [101, 201, 301, 401, 501]', end));
  } else if (mode === 'in-main') {
    data.forEach((d) => output.push(log(1, `Processing ${d} with config_a=100, config_b=1`, (end += 0.05))));
    output.push(log(1, 'Big results: [101, 201, 301, 401, 501]', end));
  }
  return report({
    processes: [mainProcess(end + 0.01), ...workers(2, 3, 0.01, end + 0.005)],
    tasks,
    output: output.sort((a, b) => a.t - b.t),
  });
}

test('the solution passes, whether a partial task is recorded with its bound settings or not', () => {
  expect(failing(check(run('solved')))).toEqual([]);
  expect(failing(check(run('items-only')))).toEqual([]);
});

test('the starter fails big-results', () => {
  expect(failing(check(run('starter')))).toEqual(['big-results']);
});

test('computing the second configuration in the main process fails big-results', () => {
  expect(failing(check(run('in-main')))).toEqual(['big-results']);
});

test('the main process printing every line with no pool fails both verdicts', () => {
  const printed = run('solved');
  printed.tasks = [];
  printed.processes = [mainProcess(1)];
  printed.output = printed.output.map((l) => ({ ...l, pid: 1 }));
  expect(failing(check(printed))).toEqual(['lab-results', 'big-results']);
});

test('tasks given other settings than the ones printed fail', () => {
  const wrong = run('solved');
  wrong.tasks = wrong.tasks.map((t) => ({ ...t, args: [at(t.args ?? [], 0), { configA: 10, configB: 0 }] }));
  expect(failing(check(wrong))).toEqual(['lab-results', 'big-results']);
});
