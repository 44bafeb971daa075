import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'simple_process.py, in TypeScript: start one worker process and wait for it.':
    'simple_process.py の TypeScript 版：ワーカープロセスを 1 つ起動し、終わるのを待つ。',
  "Runs in the new process: it has its own PID, and its parent is the main process.\nA top-level export, because the worker finds it by name in its own copy of this file\n(Python's pickle sends a function the same way, by reference).\n\nExercise: give worker a parameter name (a string) and print `Hello from ${name}` from it.\nThen start the process with args: ['Alice'], so that the name travels to the worker.":
    "新しいプロセスで実行される：自分の PID を持ち、親はメインプロセス。\nトップレベルで export するのは、ワーカーが自分のこのファイルのコピーから名前で探すから\n（Python の pickle も関数を同じく参照として送る）。\n\n演習：worker に引数 name（文字列）を追加し、そこから `Hello from ${name}` を表示しよう。\nそして args: ['Alice'] でプロセスを起動し、名前がワーカーに届くようにしよう。",
  'stands for real work': '実際の処理の代わり',
  'Python\'s `if __name__ == "__main__":` true only in the main process, not in the worker':
    'Python の `if __name__ == "__main__":` にあたる。メインプロセスでだけ true になり、ワーカーでは false',
  'A process that will run worker(), with no arguments': 'worker() を引数なしで実行するプロセス',
  'wait here until the worker has finished': 'ワーカーが終わるまでここで待つ',
  'Runs in the new process: it has its own PID, and its parent is the main process':
    '新しいプロセスで実行される：自分の PID を持ち、親はメインプロセス',
  'simple_process.py, in TypeScript, with a first argument: the worker is told whom to greet.':
    'simple_process.py の TypeScript 版に最初の引数を加えたもの：誰にあいさつするかをワーカーに伝える。',
  'The worker gets its name through args: the main process copies it into the new process':
    'ワーカーは名前を args で受け取る：メインプロセスがそれを新しいプロセスにコピーする',
  "args is Python's tuple: args=(\"Alice\",) becomes args: ['Alice']":
    'args は Python のタプルにあたる：args=("Alice",) は args: [\'Alice\'] になる',
} satisfies CommentTranslations;
