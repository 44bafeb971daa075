// The panels as they look after a run (pid colours, error lines, pass/fail icons), checked by
// axe: the lesson-page e2e can only see them empty until programs run in the built app.
import axe from 'axe-core';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { createElement, Fragment } from 'react';
import type { OutputLine, ProcessRecord } from '../sandbox/report';
import { CheckResultsPanel } from './checks/CheckResultsPanel';
import { ConsolePanel } from './console/ConsolePanel';
import { setLanguage } from './i18n/language';
import { render, type Rendered } from './test-render';
import { TimelinePanel } from './timeline/TimelinePanel';
import './styles.css';

let rendered: Rendered | null = null;
beforeAll(() => setLanguage('en'));
afterEach(async () => {
  await rendered?.unmount();
  rendered = null;
});

test('after a run the console, checks and timeline have no serious or critical axe violation', async () => {
  const processes: ProcessRecord[] = Array.from({ length: 9 }, (_, pid) => ({
    pid,
    ppid: Math.max(pid - 1, 0),
    name: `Process-${pid}`,
    start: 0,
    end: 1,
    exitCode: pid === 5 ? 1 : 0,
  }));
  const output: OutputLine[] = processes.map(({ pid }) => ({
    pid,
    stream: pid === 5 ? 'error' : 'log',
    text: `hello from ${pid}`,
    t: pid / 10,
  }));
  const report = {
    seconds: 1,
    processes,
    tasks: [{ pid: 2, fn: 'square', start: 0.1, end: 0.2, ok: true }],
  };
  rendered = await render(
    createElement(
      Fragment,
      null,
      createElement(ConsolePanel, {
        output,
        processes,
        start: 0,
        error: { name: 'TypeError', message: 'x is not a function', stack: 'at main.ts:3:1' },
        onClear: () => {},
      }),
      createElement(CheckResultsPanel, {
        checks: [
          { id: 'a', ok: true, message: 'A child process ran.' },
          { id: 'b', ok: false, message: 'Pass "Alice" in args.' },
        ],
        running: false,
        complete: true,
      }),
      createElement(TimelinePanel, { report, running: false }),
    ),
  );
  rendered.container.setAttribute('lang', 'en');
  const results = await axe.run(rendered.container, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  });
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, targets: v.nodes.map((n) => n.target.join(' ')) }));
  expect(serious).toEqual([]);
});
