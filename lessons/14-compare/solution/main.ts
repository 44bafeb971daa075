// compare_performance.py, in TypeScript, checking every program's exit code.
import { cpuCount } from 'parallel';
import { run } from 'parallel/subprocess';
import { bar, figure, savefig, show, text, title, xlabel, ylabel } from 'parallel/plot';
import { ensureSampleImages } from './images.ts';

/** Run a program of this lesson and measure its execution time */
async function runScript(scriptName: string): Promise<number | null> {
  console.log(`Running ${scriptName}...`);
  const result = await run(scriptName);
  if (result.exitCode !== 0) {
    console.log(`FAILED: ${scriptName} exited with code ${result.exitCode}`);
    console.log(`  ${result.stderr.split('\n').find((line) => line.trim() !== '') ?? '(no error output)'}`);
    return null;
  }
  console.log(`Completed ${scriptName} in ${result.seconds.toFixed(2)} seconds`);

  // Where does the time go? sequential.ts reports its filtering and its PNG encoding apart.
  const filtering = /Filter time: ([\d.]+)/.exec(result.stdout)?.[1];
  const saving = /Save time: ([\d.]+)/.exec(result.stdout)?.[1];
  if (filtering && saving) {
    const share = (100 * Number(saving)) / (Number(filtering) + Number(saving));
    console.log(`  filtering ${filtering} s, PNG encoding ${saving} s (${share.toFixed(0)}% encoding)`);
  }
  return result.seconds;
}

async function main(): Promise<void> {
  console.log(`System has ${cpuCount()} CPU cores`);
  // Make sure the sample images exist
  await ensureSampleImages();

  const scripts = ['sequential.ts', 'parallel.ts', 'advanced.ts', 'no_pillow.ts'];
  const labels = ['Sequential', 'Parallel', 'Advanced Parallel', 'No Pillow'];

  const names: string[] = [];
  const times: number[] = [];
  for (const [i, script] of scripts.entries()) {
    const seconds = await runScript(script);
    if (seconds === null) continue; // a failed program gets no bar
    names.push(labels[i] ?? script);
    times.push(seconds);
  }

  // Plot the results
  figure({ figsize: [10, 6] });
  bar(names, times);
  title('Image Processing Performance Comparison');
  xlabel('Processing Method');
  ylabel('Execution Time (seconds)');
  times.forEach((v, i) => text(i, v + 0.1, `${v.toFixed(2)}s`));

  await savefig('performance_comparison.png');
  console.log("Performance comparison chart saved as 'performance_comparison.png'");
  show();
}

if (import.meta.main) {
  await main();
}
