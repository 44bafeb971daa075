// What Python mode tells a learner in its own words (CPython's own messages stay CPython's), in
// English and Japanese. Python asks for them by key through the host module (_host.say).
import type { Language } from '../messages';

type Params = Record<string, string | number>;
type Texts = Record<Language, (p: Params) => string>;

const texts = {
  noInput: {
    en: () =>
      'Programs here have no keyboard to read from: input() cannot wait for typing in the browser. ' +
      'Put the value in your code instead (for example name = "Alice").',
    ja: () =>
      'ここで動くプログラムにはキーボード入力がありません。ブラウザでは input() は入力を待てません。' +
      '値をコードに直接書いてください（例：name = "Alice"）。',
  },
  missingModule: {
    en: ({ name }) =>
      `Python in this page is Pyodide with the standard library only, so "${name}" cannot be installed here. ` +
      'It offers multiprocessing (Process, Pool, Array, Value, Lock, Queue), a small numpy for the lab ' +
      '(frombuffer, arange, random.rand, random.randint, slicing, **), and PIL (Image, ImageFilter).',
    ja: ({ name }) =>
      `このページの Python は標準ライブラリだけの Pyodide なので、「${name}」はここではインストールできません。` +
      '使えるのは multiprocessing（Process、Pool、Array、Value、Lock、Queue）、ラボ用の小さな numpy' +
      '（frombuffer、arange、random.rand、random.randint、スライス、**）、PIL（Image、ImageFilter）です。',
  },
  noFork: {
    en: ({ method }) =>
      `The "${method}" start method needs an operating system that can copy a running process; ` +
      'a browser cannot. Use the default, "spawn" (each process imports your script again).',
    ja: ({ method }) =>
      `開始方式「${method}」には実行中のプロセスを複製できる OS が必要で、ブラウザにはできません。` +
      '既定の「spawn」（各プロセスがスクリプトを読み込み直す方式）を使ってください。',
  },
  workerLost: {
    en: ({ pid, name, exitcode }) =>
      `Worker ${name} (pid ${pid}) of the pool ended with exit code ${exitcode} while tasks were waiting for it, ` +
      "so their results will never come (CPython's Pool would wait here forever). " +
      'A task must return or raise an exception: do not call sys.exit() or os._exit() in it.',
    ja: ({ pid, name, exitcode }) =>
      `プールのワーカー ${name}（pid ${pid}）が、タスクの結果を待たれている間に終了コード ${exitcode} で終了したため、` +
      'その結果は二度と届きません（CPython の Pool ならここで永久に待ち続けます）。' +
      'タスクは値を返すか例外を送出してください。タスクの中で sys.exit() や os._exit() を呼ばないでください。',
  },
  numpySubset: {
    en: ({ what }) =>
      `${what} is not in this page's numpy: it is a small subset for the lab (array, frombuffer, arange, zeros, ` +
      'random.rand, random.randint, float64/uint8 arrays with len, iteration, slicing, slice assignment, ' +
      'arithmetic and **, sum, mean, reshape, tobytes). Real numpy does not run here.',
    ja: ({ what }) =>
      `${what} はこのページの numpy にはありません。ラボ用の小さな部分集合です（array、frombuffer、arange、zeros、` +
      'random.rand、random.randint、float64/uint8 配列の len・反復・スライス・スライス代入・四則演算と **、sum、mean、' +
      'reshape、tobytes）。本物の numpy はここでは動きません。',
  },
  imageTooLarge: {
    en: ({ width, height, max }) =>
      `This page opens images of up to ${max} pixels (each worker that filters one holds it twice); ` +
      `this one is ${width}×${height}. Use a smaller image.`,
    ja: ({ width, height, max }) =>
      `このページで開ける画像は ${max} ピクセルまでです（フィルタをかける各ワーカーが 2 枚分を持つため）。` +
      `この画像は ${width}×${height} です。小さい画像を使ってください。`,
  },
  pilSavesPng: {
    en: ({ format }) =>
      `This page's PIL writes PNG only, not ${format}: save with a .png name (for example "out.png").`,
    ja: ({ format }) =>
      `このページの PIL が書けるのは PNG だけで、${format} は書けません。.png の名前で保存してください（例："out.png"）。`,
  },
  subprocessPythonOnly: {
    en: () =>
      'A browser has no programs to start: subprocess.run here runs another Python file of the lesson, ' +
      "as subprocess.run(['python3', 'script.py'], capture_output=True, text=True).",
    ja: () =>
      'ブラウザには起動できるプログラムがありません。ここでの subprocess.run はレッスンの別の Python ファイルを実行します：' +
      "subprocess.run(['python3', 'script.py'], capture_output=True, text=True) のように書いてください。",
  },
} satisfies Record<string, Texts>;

export type PythonMessageKey = keyof typeof texts;

export function sayPython(language: Language, key: string, params: Params = {}): string {
  const message = (texts as Record<string, Texts>)[key];
  if (!message) throw new Error(`No Python mode message "${key}"`);
  return message[language](params);
}
