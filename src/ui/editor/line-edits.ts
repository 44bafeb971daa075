// What the page writes into an editor model from outside (a language switch translating the
// comments, Reset, Undo, setFiles) is applied as the few lines that differ, not as one
// replacement of the whole text: the learner's cursor, selection and scroll stay where they were
// and Ctrl+Z undoes only what changed.

/** Replace before[start, end) with text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/** Lines with their line ends, so offsets add up and a missing final newline is kept. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

// Past this many line pairs the middle is replaced whole: a lesson file is a few hundred lines
// (≤ 90 000 pairs), so only pasted-in text of thousands of lines gets the coarse edit.
const maxPairs = 1_000_000;

/** The edits, in order and not overlapping, that turn `before` into `after` line by line. */
export function lineEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (
    tail < a.length - head &&
    tail < b.length - head &&
    a[a.length - 1 - tail] === b[b.length - 1 - tail]
  ) {
    tail++;
  }
  const offsets = [0];
  for (const line of a) offsets.push((offsets.at(-1) as number) + line.length);
  const edit = (fromA: number, toA: number, fromB: number, toB: number): TextEdit => ({
    start: offsets[fromA] as number,
    end: offsets[toA] as number,
    text: b.slice(fromB, toB).join(''),
  });
  const n = a.length - head - tail;
  const m = b.length - head - tail;
  if (n * m > maxPairs || n === 0 || m === 0) return [edit(head, head + n, head, head + m)];

  // Longest common subsequence of the middle lines, then one edit per run of differences.
  const width = m + 1;
  const common = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      common[i * width + j] =
        a[head + i] === b[head + j]
          ? (common[(i + 1) * width + j + 1] as number) + 1
          : Math.max(common[(i + 1) * width + j] as number, common[i * width + j + 1] as number);
    }
  }
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  let startI = 0;
  let startJ = 0;
  const flush = () => {
    if (i > startI || j > startJ) edits.push(edit(head + startI, head + i, head + startJ, head + j));
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      flush();
      i++;
      j++;
      startI = i;
      startJ = j;
    } else if (
      j < m &&
      (i === n || (common[i * width + j + 1] as number) >= (common[(i + 1) * width + j] as number))
    ) {
      j++;
    } else i++;
  }
  flush();
  return edits;
}

/** `before` with `edits` applied (what the editor holds after them). */
export function applyEdits(before: string, edits: readonly TextEdit[]): string {
  let out = '';
  let at = 0;
  for (const { start, end, text } of edits) {
    out += before.slice(at, start) + text;
    at = end;
  }
  return out + before.slice(at);
}
