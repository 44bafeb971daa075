// "parallel/subprocess": run another file of the lesson as a program of its own, like
// subprocess.run([sys.executable, "script.py"], capture_output=True). It joins this run (its
// processes get the next pids and show on the timeline), and its output, and that of every
// process it starts, is captured.
import { allocatePid, getContext, runSeconds, wallMs } from '../context';
import { errorText } from '../errors';
import { emit } from '../events';
import { driveProgram } from '../program/drive';
import { say } from '../messages';

export interface CompletedProcess {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** Wall time, in seconds (not scaled). */
  seconds: number;
}

/** Runs `file` (e.g. "sequential.ts") as its own program and waits for it to end. */
export async function run(file: string): Promise<CompletedProcess> {
  const { run: info, pid: ppid } = getContext();
  if (!(file in info.sources)) {
    const known = Object.keys(info.sources).join(', ');
    throw new Error(say('noSuchLessonFile', { file, known }));
  }
  const pid = allocatePid();
  const started = wallMs();
  // The program and everything it starts report on the run's channel: keep the lines of that
  // family of processes (Python's capture_output gets its children's output too).
  const family = new Set([pid]);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const program = driveProgram({
    worker: new Worker(info.programWorkerUrl, { type: 'module', name: `pid ${pid} · ${file}` }),
    request: {
      runId: info.id,
      epoch: info.epoch,
      timeScale: info.timeScale,
      language: info.language,
      files: info.sources,
      entry: file,
      counters: info.counters,
      join: { pid, ppid },
    },
    onEvents(events) {
      for (const event of events) {
        if (event.type === 'process-start' && family.has(event.ppid)) family.add(event.pid);
        if (event.type === 'output' && family.has(event.pid))
          (event.stream === 'error' ? stderr : stdout).push(event.text);
      }
    },
  });
  try {
    const { exitCode, error, silent } = await program.ended;
    if (error && silent) {
      // It never printed this (it did not compile, say): the caller's console shows it.
      const text = errorText(error);
      emit({
        type: 'output',
        pid: ppid,
        stream: 'error',
        text: `subprocess ${file}: ${text}`,
        t: runSeconds(),
      });
      stderr.push(text);
    }
    return {
      exitCode,
      stdout: stdout.map((line) => `${line}\n`).join(''),
      stderr: stderr.map((line) => `${line}\n`).join(''),
      seconds: (wallMs() - started) / 1000,
    };
  } finally {
    program.stop();
  }
}
