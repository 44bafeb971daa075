import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { createElement } from 'react';
import type { OutputLine, ProcessRecord } from '../../sandbox/report';
import { setLanguage } from '../i18n/language';
import { click, render, type Rendered } from '../test-render';
import { ConsolePanel, type ConsolePanelProps } from './ConsolePanel';

const processes: ProcessRecord[] = [
  { pid: 1, ppid: 0, name: 'MainProcess', start: 0, end: 1, exitCode: 0 },
  { pid: 2, ppid: 1, name: 'Worker', start: 0, end: 1, exitCode: 0 },
];

function output(count: number): OutputLine[] {
  return Array.from({ length: count }, (_, i) => ({
    pid: 1 + (i % 2),
    stream: i === count - 1 ? 'error' : 'log',
    text: `line ${i}`,
    t: i / 1000,
  }));
}

let rendered: Rendered | null = null;
async function show(props: Partial<ConsolePanelProps>): Promise<HTMLElement> {
  rendered = await render(
    createElement(ConsolePanel, { output: [], processes, start: 0, onClear: () => {}, ...props }),
  );
  return rendered.container;
}

beforeAll(() => setLanguage('en'));
afterEach(async () => {
  await rendered?.unmount();
  rendered = null;
});

test('each line shows its pid and time, coloured by pid, errors marked in words', async () => {
  const container = await show({ output: output(3) });
  const lines = container.querySelectorAll('.console-line');
  expect(lines).toHaveLength(3);
  expect(lines[1]?.textContent).toBe('pid 2 0.001 sline 1');
  expect(lines[1]?.classList).toContain('pid-2');
  expect(lines[2]?.classList).toContain('console-line-error');
  expect(lines[2]?.textContent).toContain('error:');
});

test('100 000 lines keep only the rows in view in the page, the newest, and say how many are hidden', async () => {
  const container = await show({ output: output(100_000) });
  const rows = container.querySelectorAll('.console-line');
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.length).toBeLessThan(100);
  expect(rows[rows.length - 1]?.textContent).toContain('line 99999');
  expect(container.querySelector('.console-hidden')?.textContent).toContain('98,000');
});

test('the pid filter shows one process, and All shows every process again', async () => {
  const container = await show({ output: output(6) });
  const chip = (label: string) =>
    [...container.querySelectorAll<HTMLButtonElement>('.chip')].find((b) => b.textContent === label);
  await click(chip('pid 2 (Worker)'));
  expect(chip('pid 2 (Worker)')?.getAttribute('aria-pressed')).toBe('true');
  const texts = () => [...container.querySelectorAll('.console-text')].map((e) => e.textContent);
  expect(texts()).toEqual(['line 1', 'line 3', 'line 5']);
  await click(chip('All'));
  expect(texts()).toHaveLength(6);
});

test('Clear asks the session to clear, and cleared lines are not shown', async () => {
  const onClear = vi.fn();
  const container = await show({ output: output(4), start: 3, onClear });
  expect(container.querySelectorAll('.console-line')).toHaveLength(1);
  await click(container.querySelector('.panel-actions button'));
  expect(onClear).toHaveBeenCalledTimes(1);
});

test('new lines keep the console scrolled to the bottom, unless the learner scrolled up', async () => {
  const container = await show({ output: output(500) });
  const scroller = container.querySelector<HTMLElement>('.console-lines');
  if (!scroller) throw new Error('no scroller');
  const atBottom = () => scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight <= 8;
  expect(atBottom()).toBe(true);

  await rendered?.rerender(
    createElement(ConsolePanel, { output: output(600), processes, start: 0, onClear: () => {} }),
  );
  expect(atBottom()).toBe(true);

  scroller.scrollTop = 0;
  scroller.dispatchEvent(new Event('scroll'));
  await rendered?.rerender(
    createElement(ConsolePanel, { output: output(700), processes, start: 0, onClear: () => {} }),
  );
  expect(scroller.scrollTop).toBe(0);
});
