import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'multiple_processes.py, in TypeScript: three worker processes, each given its own id.':
    'multiple_processes.py の TypeScript 版：3 つのワーカープロセスに、それぞれ自分の ID を渡す。',
  'Exercise: give worker a second parameter, seconds, and sleep that long instead of 1 s.\nStart worker i with args: [i, 3 - i], so that worker 0 works longest, and name each process\n`Worker-${i}` with the name option of new Process.':
    '演習：worker に 2 番目の引数 seconds を追加し、1 秒の代わりにその秒数だけスリープしよう。\nワーカー i は args: [i, 3 - i] で起動して、ワーカー 0 がいちばん長く働くようにし、new Process の\nname オプションで各プロセスに `Worker-${i}` という名前を付けよう。',
  'stands for real work': '実際の処理の代わり',
  'a Process cannot hand this back: the main process never sees it':
    'Process はこれを返せない：メインプロセスがこの値を受け取ることはない',
  "args is Python's tuple: args=(i,) becomes args: [i]":
    'args は Python のタプルにあたる：args=(i,) は args: [i] になる',
  'Start all three first, then wait for each one': 'まず 3 つとも起動してから、1 つずつ終わるのを待つ',
  'args is a tuple: (i,) with its comma, not (i)': 'args はタプル：(i) ではなく、カンマ付きの (i,)',
  'multiple_processes.py, in TypeScript, with two arguments per worker and named processes.':
    'multiple_processes.py の TypeScript 版。ワーカーごとに 2 つの引数を渡し、プロセスに名前を付ける。',
  'The order inside args is the order of the parameters: worker(i, 3 - i)':
    'args の中の順番が引数の順番：worker(i, 3 - i)',
} satisfies CommentTranslations;
