// compare_performance.py, in TypeScript: run the three image programs as programs of their own,
// time each one, and chart the times.
import { time } from 'parallel';
import { run } from 'parallel/subprocess';
import { bar, figure, savefig, show, text, title, xlabel, xticks, ylabel } from 'parallel/plot';

async function runScript(scriptName: string): Promise<number> {
  console.log(`Running ${scriptName}...`);
  const startTime = time();
  const result = await run(scriptName);
  const elapsed = time() - startTime;
  // Exercise: the lab never looks at the exit code, so a program that dies at once still
  // "completes". When result.exitCode is not 0, print `FAILED: <script> exited with code <n>`
  // and the first line of result.stderr, and return null, so that it gets no bar.
  console.log(`Completed ${scriptName} in ${elapsed.toFixed(2)} seconds`);
  // The last 200 characters of what the program printed
  console.log(`Output: ${result.stdout.slice(-200)}`);
  return elapsed;
}

async function main(): Promise<void> {
  // Exercise: also run 'no_pillow.ts' (label 'No Pillow'), a program that dies at its first
  // line, as the lab's scripts did on a machine whose python3 had no Pillow.
  const scripts = [
    'sequential_image_processing.ts',
    'parallel_image_processing.ts',
    'advanced_parallel_processing.ts',
  ];

  const times: number[] = [];
  for (const script of scripts) {
    // The lab checks os.path.exists(script) first; run() refuses a file this lesson does not have
    try {
      times.push(await runScript(script));
    } catch {
      console.log(`Script ${script} not found!`);
      times.push(0);
    }
  }

  if (times.some((t) => t !== 0)) {
    const labels = ['Sequential', 'Basic Parallel', 'Advanced Parallel'];
    const x = labels.map((_, i) => i);

    figure({ figsize: [10, 6] });
    bar(x, times);
    xlabel('Processing Method');
    ylabel('Execution Time (s)');
    title('Image Processing Performance Comparison');
    xticks(x, labels);

    // The time above each bar
    times.forEach((v, i) => text(i, v + 0.1, `${v.toFixed(2)}s`));

    await savefig('performance_comparison.png');
    console.log("Performance comparison plot saved as 'performance_comparison.png'");
    show(); // the lab only saves the chart; here it is also drawn in the page
  } else {
    console.log('No valid execution times to plot');
  }
}

if (import.meta.main) {
  await main();
}
