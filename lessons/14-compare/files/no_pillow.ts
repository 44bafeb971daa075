// The lab's silent failure, reproduced: on one machine the `python3` on PATH had no Pillow, so
// every image script died at its first line — and compare_performance.py never noticed.
// This program fails the same way: it exits with code 1 at once.

export class ModuleNotFoundError extends Error {
  override name = 'ModuleNotFoundError';
}

if (import.meta.main) {
  throw new ModuleNotFoundError("No module named 'PIL'");
}
