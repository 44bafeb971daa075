import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'pool_map.py, in TypeScript: ten items on a pool with one worker process per CPU core; each\nworker prints its own process id, so you see which process handled which item.':
    'pool_map.py の TypeScript 版：CPU コアごとに 1 つのワーカープロセスを持つプールで 10 項目を処理する。\n各ワーカーは自分のプロセス ID を表示するので、どのプロセスがどの項目を処理したかがわかる。',
  'stands for real work': '実際の処理の代わり',
  "Python's list(range(10))": 'Python の list(range(10))',
  'One worker process per CPU core': 'CPU コアごとに 1 つのワーカープロセス',
  'Exercise: recreate the lab\'s 2-core machine. Map processItem over the same items with\nnew Pool(2) and the default chunksize (expect about 6 s, items in pairs), then once more\nwith Pool(2) and a chunksize (map\'s third argument) that brings it down to 5 s.\nPrint "All processing completed in … seconds" after each run.':
    '演習：ラボの 2 コアのマシンを再現しよう。new Pool(2) とデフォルトのチャンクサイズで同じ項目に\nprocessItem を map し（約 6 秒、項目は 2 つずつ）、もう一度 Pool(2) で、5 秒に縮まるチャンクサイズ\n（map の 3 番目の引数）を指定して実行しよう。\nそれぞれの実行の後に "All processing completed in … seconds" を表示すること。',
  "pool_map.py, in TypeScript, plus the lab's 2-core machine with two chunk sizes.":
    'pool_map.py の TypeScript 版に、ラボの 2 コアのマシンでの 2 通りのチャンクサイズを加えたもの。',
  'One pool, timed from when it exists to when map has returned every result':
    '1 つのプール。プールができてから、map がすべての結果を返すまでを測る',
  "The lab's machine: 2 workers, default chunksize 2: 5 chunks of 2 s, 3 rounds, 6 s":
    'ラボのマシン：ワーカー 2 つ、デフォルトのチャンクサイズは 2：2 秒のチャンクが 5 つ、3 ラウンドで 6 秒',
  'chunksize 5: two chunks of 5 s, one per worker, 5 s (chunksize 1 works too)':
    'チャンクサイズ 5：5 秒のチャンクが 2 つ、ワーカーごとに 1 つで 5 秒（チャンクサイズ 1 でもよい）',
} satisfies CommentTranslations;
