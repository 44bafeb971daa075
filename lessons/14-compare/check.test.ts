import { expect, test } from 'vitest';
import check from './check';
import { failing, log, mainProcess, proc, report, schedule, workers } from '../test-helpers';
import type { OutputLine, ProcessRecord, RunReport, TaskSpan } from '../../src/sandbox/report';

const kinds4 = ['blur', 'edges', 'emboss', 'sharpen'];
const kinds8 = [...kinds4, 'contour', 'detail', 'smooth', 'smoothmore'];
const images = [1, 2, 3, 4, 5].map((n) => `sample_${n}.png`);

interface Run {
  output: OutputLine[];
  processes: ProcessRecord[];
  tasks: TaskSpan[];
  files: string[];
  t: number;
  pid: number;
}

/** main.ts runs `script` as a subprocess (pid `run.pid`) whose family prints `printed` and runs `tasks`. */
function subprocess(
  r: Run,
  script: string,
  o: {
    printed: string[];
    exitCode?: number;
    work?: (root: number, start: number) => { tasks: TaskSpan[]; end: number; workers: ProcessRecord[] };
  },
) {
  const root = r.pid++;
  r.output.push(log(1, `Running ${script}...`, r.t));
  const start = r.t + 0.01;
  const work = o.work?.(root, start + 0.05);
  if (work) {
    r.tasks.push(...work.tasks);
    r.processes.push(...work.workers);
    r.pid += work.workers.length;
  }
  const end = (work?.end ?? start + 0.05) + 0.02;
  o.printed.forEach((text) => r.output.push(log(root, text, end - 0.01)));
  r.processes.push(proc(root, start, end, { name: 'MainProcess', exitCode: o.exitCode ?? 0 }));
  r.t = end + 0.01;
  const stdout = o.printed.map((l) => `${l}\n`).join('');
  if ((o.exitCode ?? 0) === 0) {
    r.output.push(log(1, `Completed ${script} in ${(end - start).toFixed(2)} seconds`, r.t));
    r.output.push(log(1, `Output: ${stdout.slice(-200)}`, r.t));
  }
  r.t += 0.01;
  return root;
}

function pool(fn: string, durations: number[], n: number) {
  return (root: number, start: number) => {
    const pids = Array.from({ length: n }, (_, i) => root + 1 + i);
    const s = schedule(fn, durations, { pids, start });
    return {
      tasks: s.tasks.map((t) => ({
        ...t,
        args: [['sample_images/sample_1.png', 'x']],
        result: ['sample_1.png', 0.1],
      })),
      end: s.end,
      workers: workers(root + 1, n, start - 0.04, s.end + 0.005).map((p) => ({ ...p, ppid: root })),
    };
  };
}

function run(
  o: { noPillow?: 'checked' | 'unchecked'; parallelWorkers?: number; chart?: boolean } = {},
): RunReport {
  const r: Run = { output: [], processes: [], tasks: [], files: [], t: 0.01, pid: 2 };
  const summary = ['\nProcessing summary:', ...images.map((image) => `  ${image}: 0.10 seconds`)];
  subprocess(r, 'sequential_image_processing.ts', {
    printed: [
      'Found 5 images to process',
      '\nSequential processing completed',
      'Total processing time: 0.50 seconds',
      ...summary,
    ],
  });
  r.files.push(...images.flatMap((image) => kinds4.map((k) => `processed_sequential/${k}_${image}`)));
  const n = o.parallelWorkers ?? 2;
  subprocess(r, 'parallel_image_processing.ts', {
    printed: [
      'Found 5 images to process',
      `Using ${n} processes for parallel processing`,
      'Total processing time: 0.30 seconds',
      ...summary,
    ],
    work: pool('applyFilters', [0.1, 0.1, 0.1, 0.1, 0.1], n),
  });
  subprocess(r, 'advanced_parallel_processing.ts', {
    printed: ['Total operations: 40', 'Average processing time per filter: 0.02 seconds'],
    work: pool('applyFilter', Array<number>(40).fill(0.02), 2),
  });
  r.files.push(...images.flatMap((image) => kinds8.map((k) => `processed_advanced/${k}_${image}`)));
  if (o.noPillow) {
    const root = r.pid;
    r.output.push(log(1, 'Running no_pillow.ts...', r.t));
    r.processes.push(proc(root, r.t + 0.01, r.t + 0.03, { name: 'MainProcess', exitCode: 1 }));
    r.output.push(log(root, "ModuleNotFoundError: No module named 'PIL'", r.t + 0.02, 'error'));
    r.output.push(
      o.noPillow === 'checked'
        ? log(1, 'FAILED: no_pillow.ts exited with code 1', r.t + 0.04)
        : log(1, 'Completed no_pillow.ts in 0.03 seconds', r.t + 0.04),
    );
    r.t += 0.05;
  }
  if (o.chart !== false) {
    r.files.push('performance_comparison.png');
    r.output.push(log(1, "Performance comparison plot saved as 'performance_comparison.png'", r.t));
  }
  return report({
    processes: [mainProcess(r.t + 0.01), ...r.processes],
    tasks: r.tasks,
    output: r.output.sort((a, b) => a.t - b.t),
    files: r.files,
    plots: o.chart === false ? 0 : 1,
  });
}

test('the solution passes', () => {
  expect(failing(check(run({ noPillow: 'checked' })))).toEqual([]);
});

test("the starter (the lab's three programs, exit codes never looked at) fails exit-codes", () => {
  expect(failing(check(run()))).toEqual(['exit-codes']);
});

test('running no_pillow.ts without checking the exit code fails exit-codes', () => {
  expect(failing(check(run({ noPillow: 'unchecked' })))).toEqual(['exit-codes']);
});

test('printing every line of the solution without running any program fails', () => {
  const r = run({ noPillow: 'checked' });
  const printedOnly = report({
    processes: [mainProcess(r.seconds)],
    output: r.output.filter((l) => l.pid === 1),
    plots: 0,
  });
  expect(failing(check(printedOnly))).toEqual(['ran-all', 'exit-codes', 'parallel', 'chart']);
});

test('a parallel program whose tasks never overlapped fails parallel', () => {
  const r = run({ noPillow: 'checked', parallelWorkers: 1 });
  r.output = r.output.map((l) =>
    l.text.startsWith('Using 1') ? log(l.pid, 'Using 2 processes for parallel processing', l.t) : l,
  );
  expect(failing(check(r))).toEqual(['parallel']);
});

test('one core: nothing can overlap, and that passes', () => {
  expect(failing(check(run({ noPillow: 'checked', parallelWorkers: 1 })))).toEqual([]);
});

test('no saved chart fails chart', () => {
  expect(failing(check(run({ noPillow: 'checked', chart: false })))).toEqual(['chart']);
});
