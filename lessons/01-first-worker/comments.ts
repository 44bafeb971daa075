import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'simple_process.py, in TypeScript: start one worker process and wait for it.':
    'simple_process.py の TypeScript 版：ワーカープロセスを 1 つ起動し、終わるのを待つ。',
  "The function the new process runs. It must be a top-level export: the worker finds it by\nname in its own copy of this file (Python pickles functions the same way, by reference).\n\nExercise: give `worker` a parameter `name: string`, print a greeting with it from the worker\n(e.g. `Hello from Alice`), and start the process with args: ['Alice'].":
    "新しいプロセスが実行する関数。トップレベルで export しておく必要がある：ワーカーは、自分が読み込んだ\nこのファイルのコピーから名前でこの関数を探す（Python も関数を同じく参照として pickle する）。\n\n練習：`worker` に引数 `name: string` を追加し、ワーカーからその名前を使ったあいさつ\n（例：`Hello from Alice`）を表示し、args: ['Alice'] を付けてプロセスを起動する。",
  'Simulate some work': '何か作業をしているふり',
  'Python\'s `if __name__ == "__main__":` — true only in the main process, not in the worker.':
    'Python の `if __name__ == "__main__":` にあたる。メインプロセスでだけ true になり、ワーカーでは false。',
  'Create a process': 'プロセスを作る',
  'Start the process': 'プロセスを起動する',
  'Wait for the process to complete': 'プロセスが終わるのを待つ',
  'simple_process.py, in TypeScript, with an argument passed to the worker.':
    'simple_process.py の TypeScript 版。ワーカーに引数を渡す。',
} satisfies CommentTranslations;
