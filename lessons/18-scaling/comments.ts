import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'How far can it scale? The same CPU-bound work on 1, 2, 4, … workers, against a plain loop.':
    'どこまでスケールするか：同じ CPU バウンドな処理を、1、2、4、… 個のワーカーで。ふつうのループと比べる。',
  'Counts the primes in [start, end) by trial division: pure CPU work, no memory traffic.':
    '[start, end) の素数を試し割りで数える。純粋な CPU の処理で、メモリのやり取りはない。',
  'The baseline: a plain loop in the main process': '基準：メインプロセスでのふつうのループ',
  '1, 2, 4, … workers, up to the number of cores': '1、2、4、… 個のワーカー。コアの数まで',
  'warm up': 'ウォームアップ',
  "Exercise: estimate the parallel fraction p from the speed-up S at the largest worker count\nN (Amdahl: S = 1 / ((1 - p) + p / N)), print `Parallel fraction p = …` (toFixed(3)), and\nplot Amdahl's curve 1 / ((1 - p) + p / n) for the same worker counts, labelled 'Amdahl'.":
    "演習：最大のワーカー数 N での速度向上 S から、並列化できる割合 p を求めよう\n（アムダール：S = 1 / ((1 - p) + p / N)）。`Parallel fraction p = …`（toFixed(3)）を表示し、\n同じワーカー数についてアムダールの曲線 1 / ((1 - p) + p / n) を 'Amdahl' というラベルで描く。",
  'Amdahl: S = 1 / ((1 - p) + p / N), solved for p at the largest worker count.':
    'アムダール：S = 1 / ((1 - p) + p / N) を、最大のワーカー数について p で解く。',
  "Not one of the lab's scripts: this lesson's measurement in Python, exercise solved (without the\nchart), for comparison.":
    'ラボのスクリプトではない。このレッスンの計測の Python 版で、演習は（グラフを除いて）解いてある。\n比較のため。',
  'The primes in [start, end), by trial division: pure CPU work':
    '[start, end) の素数を試し割りで数える。純粋な CPU の処理',
  '1, 2, 4, ... workers, up to the number of cores': '1、2、4、... 個のワーカー。コアの数まで',
  'Amdahl: S = 1 / ((1 - p) + p / N), solved for p at the largest worker count':
    'アムダール：S = 1 / ((1 - p) + p / N) を、最大のワーカー数について p で解く',
  "A twenty-fifth of the TypeScript program's span: CPython runs this loop far slower than\nJavaScript (the TypeScript's 32 × 50 000 took 162 s sequentially on a busy 2-core VM)":
    'TypeScript 版の範囲の 25 分の 1。CPython はこのループを JavaScript よりはるかに遅く実行する\n（TypeScript 版の 32 × 50 000 は、忙しい 2 コアの VM でシーケンシャルに 162 秒かかった）',
} satisfies CommentTranslations;
