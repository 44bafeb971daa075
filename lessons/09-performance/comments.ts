import type { CommentTranslations } from '../../src/lessons/types';

export default {
  "performance_comparison.py, in TypeScript: the same CPU-bound job timed three ways, a plain map,\na map of a partial built from runTest's options, and a loop in the main process.":
    'performance_comparison.py の TypeScript 版：同じ CPU バウンドな処理を 3 通りの方法で測る。単純な map、\nrunTest のオプションから作った partial の map、そしてメインプロセスでのループ。',
  'A sum of squares, element by element': '2 乗の和を、1 要素ずつ計算する',
  "Python's **kwargs is an options object here: poolSize, and whatever else is given\n(e.g. { multiplier: 2 }), which partial fixes on func":
    'Python の **kwargs は、ここではオプションオブジェクトになる：poolSize と、ほかに渡されたもの\n（たとえば { multiplier: 2 }）。後者は partial が func に固定する',
  'The timer starts before the pool exists and stops after it has shut down':
    'タイマーはプールができる前に始まり、プールが閉じた後に止まる',
  'Options given to runTest are fixed on func, as partial(func, **kwargs) does':
    'runTest に渡されたオプションを、partial(func, **kwargs) と同じように func に固定する',
  'Eight arrays of a million random numbers in [0, 1); each one is copied to a worker':
    '[0, 1) の乱数 100 万個の配列を 8 つ作る。それぞれがワーカーにコピーされる',
  "multiplier: 2 arrives in runTest's options": 'multiplier: 2 は runTest のオプションとして届く',
  'The same work in the main process, for comparison': '比較のため、同じ処理をメインプロセスで行う',
  "Exercise: a fourth way, shared memory. Copy the eight chunks once into one\nnew SharedArray('d', numChunks * chunkSize), export processSharedChunk(index, { allChunks, chunkSize })\nthat returns the sum of squares of chunk number index in it, and time it with runTest over\nthe indexes 0 to 7, giving { allChunks, chunkSize } as options. Then print\n`Shared memory first result: …` as the other first results are printed.":
    "演習：4 つ目の方法、共有メモリ。8 つのチャンクを一度だけ 1 つの\nnew SharedArray('d', numChunks * chunkSize) にコピーし、その中の index 番目のチャンクの 2 乗の和を返す\nprocessSharedChunk(index, { allChunks, chunkSize }) を export して、添字 0〜7 に対して runTest で時間を\n測ろう。オプションには { allChunks, chunkSize } を渡す。そして、ほかの最初の結果と同じように\n`Shared memory first result: …` を表示しよう。",
  "A sum of squares, element by element (a Python loop over the array, not numpy's vectorised sum)":
    '2 乗の和を 1 要素ずつ計算する（numpy のベクトル化された sum ではなく、配列を回す Python のループ）',
  'Keyword arguments given to run_test are fixed on func, by keyword':
    'run_test に渡されたキーワード引数を、キーワードで func に固定する',
  'Eight arrays of a million random numbers in [0, 1); each one is pickled to a worker':
    '[0, 1) の乱数 100 万個の配列を 8 つ作る。それぞれが pickle されてワーカーに送られる',
  "multiplier=2 arrives in run_test's **kwargs": 'multiplier=2 は run_test の **kwargs に入って届く',
  'performance_comparison.py, in TypeScript, plus a fourth way: the chunks in shared memory, so\nthat each task receives an index instead of a copy of a million numbers.':
    'performance_comparison.py の TypeScript 版に 4 つ目の方法を加えたもの：チャンクを共有メモリに置き、\n各タスクは 100 万個の数のコピーではなく添字を受け取る。',
  'The same sum over chunk number index of the shared array: only the index is copied to the\nworker; allChunks arrives as the same memory':
    '共有配列の index 番目のチャンクで同じ和を計算する：ワーカーにコピーされるのは添字だけで、\nallChunks は同じメモリとして届く',
  "The chunks copied once into shared memory; each task gets its index, and the options\n(the shared array and the chunk size) are fixed by runTest's partial":
    'チャンクを一度だけ共有メモリにコピーする。各タスクは自分の添字を受け取り、オプション\n（共有配列とチャンクサイズ）は runTest の partial が固定する',
} satisfies CommentTranslations;
