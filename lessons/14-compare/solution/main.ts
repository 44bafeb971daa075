// compare_performance.py, in TypeScript, checking the exit codes the lab never looks at.
import { time } from 'parallel';
import { run } from 'parallel/subprocess';
import { bar, figure, savefig, show, text, title, xlabel, xticks, ylabel } from 'parallel/plot';

async function runScript(scriptName: string): Promise<number | null> {
  console.log(`Running ${scriptName}...`);
  const startTime = time();
  const result = await run(scriptName);
  const elapsed = time() - startTime;
  // A program that failed gets no "Completed" line and no bar
  if (result.exitCode !== 0) {
    console.log(`FAILED: ${scriptName} exited with code ${result.exitCode}`);
    // The error's first line: a JavaScript stack starts with it (a Python traceback ends with it)
    console.log(`  ${result.stderr.split('\n')[0] ?? ''}`);
    return null;
  }
  console.log(`Completed ${scriptName} in ${elapsed.toFixed(2)} seconds`);
  console.log(`Output: ${result.stdout.slice(-200)}`);
  return elapsed;
}

async function main(): Promise<void> {
  const scripts = [
    'sequential_image_processing.ts',
    'parallel_image_processing.ts',
    'advanced_parallel_processing.ts',
    'no_pillow.ts',
  ];
  const labels = ['Sequential', 'Basic Parallel', 'Advanced Parallel', 'No Pillow'];

  const times: (number | null)[] = [];
  for (const script of scripts) {
    // The lab checks os.path.exists(script) first; run() refuses a file this lesson does not have
    try {
      times.push(await runScript(script));
    } catch {
      console.log(`Script ${script} not found!`);
      times.push(0);
    }
  }

  // Only the programs that ran to the end get a bar
  const shown = labels.flatMap((label, i) => {
    const t = times[i];
    return t ? [{ label, t }] : [];
  });
  if (shown.length > 0) {
    const x = shown.map((_, i) => i);

    figure({ figsize: [10, 6] });
    bar(
      x,
      shown.map((s) => s.t),
    );
    xlabel('Processing Method');
    ylabel('Execution Time (s)');
    title('Image Processing Performance Comparison');
    xticks(
      x,
      shown.map((s) => s.label),
    );

    shown.forEach((s, i) => text(i, s.t + 0.1, `${s.t.toFixed(2)}s`));

    await savefig('performance_comparison.png');
    console.log("Performance comparison plot saved as 'performance_comparison.png'");
    show();
  } else {
    console.log('No valid execution times to plot');
  }
}

if (import.meta.main) {
  await main();
}
