import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'Chunksize and overhead: how many tasks per second a Pool dispatches at each chunksize, and\nwhat a chunk that is too big does to uneven work.':
    'チャンクサイズとオーバーヘッド：チャンクサイズごとに、プールが 1 秒に何個のタスクを送れるか。\nそして、大きすぎるチャンクが偏りのある処理に何をもたらすか。',
  'A task that does nothing: what is measured is the cost of sending it and its result.':
    '何もしないタスク。測っているのは、タスクとその結果を送るコスト。',
  'Uneven work: task i sleeps i × 10 ms, so the last tasks are the heaviest.':
    '偏りのある処理：タスク i は i × 10 ms 眠るので、最後のタスクほど重い。',
  'warm up: both workers are running': 'ウォームアップ：両方のワーカーが動いている状態にする',
  'Part 1: throughput against chunksize': 'パート 1：チャンクサイズごとのスループット',
  'Part 2: uneven tasks. With chunksize 20, worker A gets tasks 0–19 (1.9 s of work) and\nworker B gets tasks 20–39 (5.9 s): B works alone for most of the run.\nExercise: choose a chunksize so that both workers finish within 20% of each other.':
    'パート 2：偏りのあるタスク。チャンクサイズ 20 では、ワーカー A がタスク 0〜19（1.9 秒分）、\nワーカー B がタスク 20〜39（5.9 秒分）を受け取り、実行時間の大半は B だけが働いている。\n演習：2 つのワーカーの終わる時刻の差が 20% 以内になるように、チャンクサイズを選ぼう。',
  'Part 2: uneven tasks. With chunksize 20, worker A gets tasks 0–19 (1.9 s of work) and\nworker B gets tasks 20–39 (5.9 s): B works alone for most of the run.\nSmall chunks: whichever worker is free takes the next task, so both finish together.':
    'パート 2：偏りのあるタスク。チャンクサイズ 20 では、ワーカー A がタスク 0〜19（1.9 秒分）、\nワーカー B がタスク 20〜39（5.9 秒分）を受け取り、実行時間の大半は B だけが働いている。\n小さなチャンクなら、空いたワーカーが次のタスクを取るので、両方がほぼ同時に終わる。',
  "Not one of the lab's scripts: this lesson's measurement in Python, for comparison.":
    'ラボのスクリプトではない。このレッスンの計測の Python 版で、比較のため。',
  'task i takes i × 10 ms: the last tasks are the heaviest':
    'タスク i は i × 10 ms かかる。最後のタスクほど重い',
  'warm up': 'ウォームアップ',
} satisfies CommentTranslations;
