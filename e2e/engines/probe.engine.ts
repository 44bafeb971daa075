import { readFileSync } from 'node:fs';
import { test } from './fixtures';
// TEMPORARY probe: PROBE=file.ts runs it N times and prints the report summary.
test('probe', async ({ lab }) => {
  test.setTimeout(900_000);
  await lab.open('01-first-worker');
  const src = readFileSync(process.env.PROBE as string, 'utf8');
  for (let i = 0; i < Number(process.env.N ?? 3); i++) {
    const t0 = Date.now();
    await lab.setFiles({ 'main.ts': src });
    const { report } = await lab.run({ timeScale: 0.1, timeLimit: Number(process.env.LIMIT ?? 30) });
    console.log(
      i,
      (Date.now() - t0) / 1000,
      report.status,
      report.error?.message ?? '',
      report.processes.map((p) => `${p.pid}:${p.exitCode}`).join(' '),
    );
    console.log(
      report.output
        .map((l) => `  ${l.pid}@${l.t.toFixed(2)}: ${l.text.slice(0, 300)}`)
        .slice(-Number(process.env.LINES ?? 8))
        .join('\n'),
    );
  }
});
