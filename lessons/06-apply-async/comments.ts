import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'pool_apply.py, in TypeScript: apply() waits for each task; applyAsync() returns at once and\nthe tasks run in the background. The third argument of every task is a whole list.':
    'pool_apply.py の TypeScript 版：apply() はタスクごとに待ち、applyAsync() はすぐに戻ってタスクは\nバックグラウンドで動く。どのタスクも 3 番目の引数はリストまるごと。',
  'stands for real work': '実際の処理の代わり',
  'apply() waits for the result; the third argument is a whole list':
    'apply() は結果を待つ。3 番目の引数はリストまるごと',
  "applyAsync() returns at once; the tasks run in the background\nExercise: give both calls a third argument { callback: … } that prints `Callback: <result>`\nin the main process as soon as that task's result arrives.":
    'applyAsync() はすぐに戻り、タスクはバックグラウンドで動く\n演習：両方の呼び出しに、そのタスクの結果が届いたらすぐメインプロセスで `Callback: <結果>` を\n表示する 3 番目の引数 { callback: … } を渡そう。',
  'the main process is free meanwhile': 'その間、メインプロセスは手が空いている',
  'get() waits for each result, in the order asked for': 'get() はそれぞれの結果を、頼んだ順に待つ',
  "imported by the lab's script, never used": 'ラボのスクリプトは import しているが、使っていない',
  'apply_async() returns at once; the tasks run in the background':
    'apply_async() はすぐに戻り、タスクはバックグラウンドで動く',
  "pool_apply.py, in TypeScript, with callbacks that run as each task's result arrives.":
    'pool_apply.py の TypeScript 版に、各タスクの結果が届いたときに呼ばれるコールバックを加えたもの。',
  'A callback runs in the main process, so it may be any function (an arrow too): it never\ntravels to a worker.':
    'コールバックはメインプロセスで実行されるので、どんな関数でもよい（アロー関数も）。\nワーカーに送られることはない。',
  'applyAsync() returns at once; the tasks run in the background':
    'applyAsync() はすぐに戻り、タスクはバックグラウンドで動く',
} satisfies CommentTranslations;
