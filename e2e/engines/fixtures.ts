// The engine tests' fixtures: one browser per engine for the whole run (a Playwright worker
// per project), one page in it, and `lab`, window.parallelLab (docs/testing.md) driven from Node.
// A test is written once against `lab` and runs in every engine the config lists.
import { test as base, expect } from '@playwright/test';
import type { RunReport } from '../../src/sandbox/report';
import type { CheckResult } from '../../src/lessons/types';
import { launchEngine, type Engine, type EngineName } from './engines';

export interface EngineTestOptions {
  engineName: EngineName;
  /** The first port this engine's driver may use. */
  driverPort: number;
  /** WebKit only: start JavaScriptCore with SharedArrayBuffer. */
  sharedArrayBuffer: boolean;
}

/** window.parallelLab, from Node, in whichever engine runs the test. */
export class Lab {
  constructor(readonly engine: Engine) {}

  /** Opens the app at a lesson (the first call loads the page; later ones stay in it). */
  async open(id: string): Promise<void> {
    await this.engine.evaluate(async (lesson) => {
      for (let i = 0; !window.parallelLab; i++) {
        if (i > 600) throw new Error('window.parallelLab never appeared');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      await window.parallelLab.open(lesson);
    }, id);
  }

  lessons(): Promise<{ id: string; title: string }[]> {
    return this.engine.evaluate(() => window.parallelLab.lessons());
  }

  getFiles(): Promise<Record<string, string>> {
    return this.engine.evaluate(() => window.parallelLab.getFiles());
  }

  setFiles(files: Record<string, string>): Promise<void> {
    return this.engine.evaluate((f) => window.parallelLab.setFiles(f), files);
  }

  /** The open lesson's starter files, as the Reset button puts them back (tests share one page, and drafts stay). */
  async reset(): Promise<void> {
    await this.engine.evaluate(() => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="reset"]');
      if (!button) throw new Error('No Reset button');
      button.click();
    });
  }

  /** The open lesson's solution, as the Solution button shows it. */
  async showSolution(): Promise<void> {
    await this.engine.evaluate(async () => {
      const button = document.querySelector<HTMLButtonElement>('[data-testid="solution"]');
      if (!button) throw new Error('This lesson has no Solution button');
      const before = JSON.stringify(window.parallelLab.getFiles());
      button.click();
      for (let i = 0; JSON.stringify(window.parallelLab.getFiles()) === before; i++) {
        if (i > 100) throw new Error('The solution never replaced the files');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
  }

  /** Runs the open lesson at `timeScale` and judges the run. */
  run(o: { timeScale: number; timeLimit: number }): Promise<{ report: RunReport; checks: CheckResult[] }> {
    return this.engine.evaluate(async ({ timeScale, timeLimit }) => {
      window.parallelLab.setTimeScale(timeScale);
      const report = await window.parallelLab.run({ timeLimit });
      const checks = await window.parallelLab.check();
      return { report, checks };
    }, o);
  }

  isolated(): Promise<boolean> {
    return this.engine.evaluate(() => window.parallelLab.isolated());
  }

  /** The isolation badge as a learner reads it, once it has checked the browser's features. */
  badge(): Promise<{ ok: boolean; text: string; missing: string[]; notes: string[] }> {
    return this.engine.evaluate(async () => {
      for (let i = 0; ; i++) {
        const badge = document.querySelector<HTMLElement>('[data-testid="isolation-status"]');
        if (badge && badge.dataset.checked !== 'checking') {
          return {
            ok: badge.classList.contains('badge-ok'),
            text: badge.innerText,
            missing: [...badge.querySelectorAll<HTMLElement>('[data-feature]')].map(
              (p) => p.dataset.feature ?? '',
            ),
            notes: [...badge.querySelectorAll<HTMLElement>('[data-note]')].map((p) => p.dataset.note ?? ''),
          };
        }
        if (i > 600) throw new Error('The isolation badge never finished checking');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
  }
}

/** What a run printed, one line per output, for assertion messages. */
/** A run's report as a failure message: its status first (a run that printed nothing says why). */
export function printed(report: RunReport): string {
  const error = report.error ? `\nerror: ${report.error.name}: ${report.error.message}` : '';
  const lines = report.output.map((line) => `\n${line.pid}: ${line.text}`).join('');
  return `status: ${report.status} after ${report.seconds.toFixed(2)} s${lines}${error}`;
}

export const test = base.extend<{ lab: Lab }, EngineTestOptions & { engine: Engine }>({
  engineName: ['chromium', { option: true, scope: 'worker' }],
  driverPort: [4321, { option: true, scope: 'worker' }],
  sharedArrayBuffer: [true, { option: true, scope: 'worker' }],
  engine: [
    async ({ engineName, driverPort, sharedArrayBuffer }, use, workerInfo) => {
      const engine = await launchEngine(engineName, { port: driverPort, sharedArrayBuffer });
      console.log(`${workerInfo.project.name}: ${engine.version}`);
      await engine.goto(`${String(workerInfo.project.use.baseURL)}#/01-first-worker`);
      await use(engine);
      await engine.close();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  lab: async ({ engine }, use) => {
    await use(new Lab(engine));
  },
});

export { expect };
