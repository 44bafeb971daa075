import type { CommentTranslations } from '../../src/lessons/types';

export default {
  "shared_memory_example.py, in TypeScript: four workers square one shared array in place, each\nits own range of indexes. The lab's script crashes on CPython at the starmap call (see the\nlesson); in the browser a SharedArray may travel in a task's arguments, so the lab's plan\nruns as written.":
    'shared_memory_example.py の TypeScript 版：4 つのワーカーが、1 つの共有配列をそれぞれ自分の添字の\n範囲ごとにその場で 2 乗する。ラボのスクリプトは CPython では starmap の呼び出しでクラッシュする\n（レッスンを参照）。ブラウザでは SharedArray をタスクの引数に入れて送れるので、ラボの計画が\n書いたとおりに動く。',
  'Square each element in place, through the shared array itself':
    '共有配列そのものを通して、各要素をその場で 2 乗する',
  'stands for more work': 'さらに続く処理の代わり',
  "A million C doubles ('d') in shared memory": "共有メモリ上の C の double（'d'）100 万個",
  "A typed view of the same memory (no copy), filled with 0, 1, 2, ... (the lab's numpy view)":
    '同じメモリの型付きビュー（コピーなし）を 0, 1, 2, ... で埋める（ラボの numpy のビューにあたる）',
  "Four index ranges; the last one ends at the array's size":
    '添字の範囲を 4 つ作る。最後の範囲は配列のサイズで終わる',
  "The shared array itself goes first in every task's list":
    'どのタスクのリストでも、共有配列そのものが先頭に入る',
  "Exercise: write it the way CPython needs it. Hand the array to each worker once, when it\nstarts, with the pool's initializer (new Pool(numProcesses, { initializer, initargs })),\nand send only [start, end] in the tasks. The output stays the same.":
    '演習：CPython で動くやり方で書き直そう。配列は各ワーカーの起動時に一度だけ、プールの initializer で\n渡し（new Pool(numProcesses, { initializer, initargs })）、タスクでは [start, end] だけを送る。\n出力は変わらない。',
  'A numpy view of the same memory (no copy), filled with 0.0, 1.0, 2.0, ...':
    '同じメモリの numpy のビュー（コピーなし）を 0.0, 1.0, 2.0, ... で埋める',
  "The shared array itself goes first in every task's tuple":
    'どのタスクのタプルでも、共有配列そのものが先頭に入る',
  "Not the lab's script: our minimal fix of shared_memory_example.py, which crashes on CPython.\nA multiprocessing.Array cannot travel inside a task's arguments; it can only reach a worker\nwhen the worker starts (\"through inheritance\"). So the pool's initializer hands it over once,\nand the tasks carry only their index ranges. Everything else is the lab's script unchanged.":
    'ラボのスクリプトではなく、CPython でクラッシュする shared_memory_example.py を私たちが最小限に直したもの。\nmultiprocessing.Array はタスクの引数に入れて送れない。ワーカーに届けられるのは、ワーカーが起動する\nとき（「継承によって」）だけだ。そこでプールの initializer が一度だけ渡し、タスクは添字の範囲だけを\n運ぶ。それ以外はラボのスクリプトのまま。',
  'Runs once in each worker as it starts: keep the inherited array for its tasks':
    '各ワーカーの起動時に一度だけ実行される：継承した配列をタスクのために取っておく',
  'The fix: the array goes to each worker once, at start-up, and the tasks carry only (start, end)':
    '直したところ：配列は起動時に一度だけ各ワーカーへ渡り、タスクは (start, end) だけを運ぶ',
  "shared_memory_example.py, in TypeScript, written the way CPython needs it: the shared array\nreaches each worker once, through the pool's initializer, and the tasks carry only their\nindex ranges (the Python tab's shared_memory_fixed_ours.py does the same).":
    'shared_memory_example.py の TypeScript 版を、CPython で動くやり方で書いたもの：共有配列はプールの\ninitializer で各ワーカーに一度だけ届き、タスクは添字の範囲だけを運ぶ\n（Python タブの shared_memory_fixed_ours.py も同じ）。',
  "Each worker's own variable: the initializer sets it once, when the worker starts":
    'ワーカーごとの変数：ワーカーの起動時に initializer が一度だけ設定する',
  'The array goes to each worker once, at start-up; the tasks carry only [start, end]':
    '配列は起動時に一度だけ各ワーカーへ渡る。タスクが運ぶのは [start, end] だけ',
} satisfies CommentTranslations;
