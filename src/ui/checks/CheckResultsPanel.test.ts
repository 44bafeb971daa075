import { afterEach, beforeAll, expect, test } from 'vitest';
import { createElement } from 'react';
import { setLanguage } from '../i18n/language';
import { render, type Rendered } from '../test-render';
import { CheckResultsPanel, type CheckResultsPanelProps } from './CheckResultsPanel';

let rendered: Rendered | null = null;
async function show(props: CheckResultsPanelProps): Promise<HTMLElement> {
  rendered = await render(createElement(CheckResultsPanel, props));
  return rendered.container;
}

beforeAll(() => setLanguage('en'));
afterEach(async () => {
  await rendered?.unmount();
  rendered = null;
});

const checks = [
  { id: 'started', ok: true, message: 'A child process ran.' },
  { id: 'argument', ok: false, message: 'Pass "Alice" in args.' },
  { id: 'joined', ok: true, message: 'The main process waited.' },
];

test('each verdict has an icon and a word for pass or fail, and the summary counts them', async () => {
  const container = await show({ checks, running: false, complete: false });
  expect(container.querySelector('.checks-summary')?.textContent).toBe('2 of 3 checks passed');
  const items = [...container.querySelectorAll('li')];
  expect(items.map((li) => li.textContent)).toEqual([
    '✓Passed: A child process ran.',
    '✗Not yet: Pass "Alice" in args.',
    '✓Passed: The main process waited.',
  ]);
  expect(container.textContent).not.toContain('lesson complete');
});

test('all passing says the lesson is complete', async () => {
  const container = await show({
    checks: checks.map((c) => ({ ...c, ok: true })),
    running: false,
    complete: true,
  });
  expect(container.textContent).toContain('3 of 3 checks passed');
  expect(container.textContent).toContain('Every check passes: lesson complete!');
});

test('before the first run it says what to do', async () => {
  const container = await show({ checks: null, running: false, complete: false });
  expect(container.textContent).toContain('Run your program');
  expect(container.querySelector('li')).toBeNull();
});

test('a Python run shows no verdict, and says the exercise is checked on the TypeScript program', async () => {
  const passing = checks.map((c) => ({ ...c, ok: true }));
  for (const running of [true, false]) {
    const container = await show({ checks: passing, running, pythonRun: true, complete: false });
    expect(container.querySelector('.checks-summary')?.textContent).toMatch(
      /^This run is Python: the checks judge the exercise in the TypeScript program, not this run\. Run main\.ts/,
    );
    expect(container.querySelectorAll('li')).toHaveLength(0);
    await rendered?.unmount();
    rendered = null;
  }
  setLanguage('ja');
  try {
    const container = await show({ checks: null, running: false, pythonRun: true, complete: false });
    expect(container.textContent).toContain('チェックは TypeScript のプログラムで演習を判定し');
  } finally {
    setLanguage('en');
  }
});
