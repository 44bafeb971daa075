import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'pool_example.py, in TypeScript: a Pool of 2 worker processes squares five numbers; then the\nmain process does the same work alone, for comparison.':
    'pool_example.py の TypeScript 版：2 つのワーカープロセスのプールが 5 つの数を 2 乗する。続いて\n比較のため、メインプロセスが同じ処理を 1 人で行う。',
  'stands for a slow calculation': '時間のかかる計算の代わり',
  "Two worker processes; leaving the block shuts the pool down (Python's with)":
    '2 つのワーカープロセス。ブロックを抜けるとプールが閉じる（Python の with）',
  'Each number becomes the single argument of one call of square':
    '各数が、square の 1 回の呼び出しのただ 1 つの引数になる',
  'The same work, one call after another, in the main process':
    '同じ処理を、メインプロセスで 1 回ずつ順番に行う',
  'Exercise: time the same five numbers once more, with a Pool of 5 workers, and print\n`Pool(5) results: …` and `Pool(5) time: … seconds`. How many rounds do you expect?':
    '演習：同じ 5 つの数を、今度はワーカー 5 つのプールでもう一度測り、`Pool(5) results: …` と\n`Pool(5) time: … seconds` を表示しよう。何ラウンドになると思う？',
  'Two worker processes; leaving the with block shuts the pool down':
    '2 つのワーカープロセス。with ブロックを抜けるとプールが閉じる',
  'pool_example.py, in TypeScript, plus a third measurement with a Pool of 5 workers.':
    'pool_example.py の TypeScript 版に、ワーカー 5 つのプールでの 3 つ目の計測を加えたもの。',
  "The lab's timing: from when the pool exists to when map has returned every result":
    'ラボの測り方：プールができてから、map がすべての結果を返すまで',
  'One worker per number: all five sleep at the same time, so one round instead of three':
    '数ごとに 1 つのワーカー：5 つが同時にスリープするので、3 ラウンドではなく 1 ラウンドで終わる',
} satisfies CommentTranslations;
