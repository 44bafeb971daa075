import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'Errors in workers: what the main process sees when a task throws, a value cannot travel, or\na worker dies. Every failure is caught and printed, so the program itself ends normally.':
    'ワーカーのエラー：タスクが例外を投げたとき、値を送れないとき、ワーカーが死んだときに、\nメインプロセスに何が見えるか。失敗はすべて捕捉して表示するので、プログラム自体は正常に終わる。',
  'An error class of our own: exported, so it arrives in the main process as a BadInput.':
    '自作のエラークラス。export してあるので、メインプロセスには BadInput として届く。',
  'Ends this worker at once, as a crash or running out of memory would.':
    'クラッシュやメモリ不足と同じように、このワーカーをただちに終了させる。',
  "1. map rejects with the first error, keeping its class; `cause` carries the worker's stack":
    '1. map は最初のエラーで reject する。クラスはそのまま。`cause` にワーカーのスタックが入る',
  '2. errorCallback is called in the main process with the error':
    '2. errorCallback はメインプロセスで、エラーを受け取って呼ばれる',
  '3. an argument that cannot be cloned: the error names where it is':
    '3. 複製できない引数：エラーがその場所を示す',
  'Exercise: keep going past failures. Submit every input with applyAsync, collect the\nsquares of the inputs that worked and the inputs that failed, and print (in input order)\n  Squares: [1, 4, 16, 25]\n  Failed inputs: [3, 6]':
    '演習：失敗があっても続けよう。すべての入力を applyAsync で投入し、成功した入力の 2 乗と、\n失敗した入力を集めて、（入力の順に）次のように表示する\n  Squares: [1, 4, 16, 25]\n  Failed inputs: [3, 6]',
  '4. a worker that dies: its task is rejected (nothing hangs)':
    '4. 死んでしまうワーカー：そのタスクは reject される（止まったままになるものはない）',
  'Keep going past failures: one AsyncResult per input, each awaited in input order.':
    '失敗があっても続ける：入力ごとに AsyncResult を 1 つ作り、入力の順に await する。',
  "Not one of the lab's scripts (the lab never raises an error in a worker): this lesson's\nprogram in Python, exercise solved, for comparison.":
    'ラボのスクリプトではない（ラボはワーカーで一度もエラーを起こさない）。このレッスンの\nプログラムの Python 版で、演習は解いてある。比較のため。',
  'the worker process dies': 'ワーカープロセスが死ぬ',
  "1. map re-raises the first error, with its class; the worker's traceback is chained":
    '1. map は最初のエラーを、クラスを保ったまま再送出する。ワーカーのトレースバックがつながる',
  '2. error_callback is called in the parent with the exception':
    '2. error_callback は親プロセスで、例外を受け取って呼ばれる',
  '3. an argument that cannot be pickled': '3. pickle できない引数',
  'Keep going past failures: one AsyncResult per input, each read in input order':
    '失敗があっても続ける：入力ごとに AsyncResult を 1 つ作り、入力の順に読む',
  "4. a worker that dies: CPython's Pool replaces the worker, but the task's result never\n   arrives, so get() without a timeout would wait forever":
    '4. 死んでしまうワーカー：CPython の Pool はワーカーを入れ替えるが、そのタスクの結果は\n   決して届かないので、タイムアウトなしの get() は永遠に待ち続ける',
} satisfies CommentTranslations;
