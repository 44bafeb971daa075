// Python's peer for the image pipeline, measured in the same run: the lab's own scripts (the
// lessons' original/*.py) with a python3 that has Pillow and numpy, in a scratch folder.
// create_images.py makes sample_images/, then the sequential and the parallel script take turns;
// each prints "Total processing time: X seconds", and Python's speed-up is their ratio.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const scripts = {
  create: 'create_images.py',
  sequential: 'sequential_image_processing.py',
  parallel: 'parallel_image_processing.py',
};

function findOriginal(name) {
  const found = readdirSync('lessons')
    .map((lesson) => path.join('lessons', lesson, 'original', name))
    .find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`no lesson has original/${name}`);
  return found;
}

function pythonWithPillow() {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      return {
        python,
        version: execFileSync(python, ['-c', 'import PIL, numpy, sys; print(sys.version.split()[0])'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }).trim(),
      };
    } catch {
      // no Pillow or numpy for this one
    }
  }
  return null;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

/** { sequential, parallel (s), speedUp, python } from 3 alternating rounds, or null without Pillow. */
export function labPipeline(rounds = 3) {
  const found = pythonWithPillow();
  if (!found) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'parallel-lab-pipeline-'));
  try {
    for (const name of Object.values(scripts)) copyFileSync(findOriginal(name), path.join(dir, name));
    const run = (name) =>
      execFileSync(found.python, [name], { cwd: dir, encoding: 'utf8', timeout: 300_000 });
    run(scripts.create);
    const total = (output) => {
      const match = /Total processing time: ([\d.]+) seconds/.exec(output);
      if (!match) throw new Error(`no "Total processing time" line in:\n${output}`);
      return Number(match[1]);
    };
    const sequential = [];
    const parallel = [];
    for (let round = 0; round < rounds; round++) {
      sequential.push(total(run(scripts.sequential)));
      parallel.push(total(run(scripts.parallel)));
    }
    const seq = median(sequential);
    const par = median(parallel);
    return { sequential: seq, parallel: par, speedUp: seq / par, python: found.version };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
