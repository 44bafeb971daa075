import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'Summary: three small jobs, three ways of passing arguments. Pick the right tool for each.':
    'まとめ：3 つの小さな仕事と、3 つの引数の渡し方。それぞれに合った道具を選ぼう。',
  'The example: one argument per item.': '例：項目ごとに引数が 1 つ。',
  'Job 1: two arguments per item.': 'ジョブ 1：項目ごとに引数が 2 つ。',
  'Job 2: one argument changes, the other is the same for every item.':
    'ジョブ 2：一方の引数は変わり、もう一方はどの項目でも同じ。',
  'Job 3: tasks of different lengths whose results should be used as soon as each is ready.':
    'ジョブ 3：長さの違うタスクで、結果はそれぞれ準備できしだい使いたい。',
  'The example, already done: one argument per item → map.': '例（済み）：項目ごとに引数が 1 つ → map。',
  'Job 1: the area of each room, from its width and height.':
    'ジョブ 1：各部屋の面積を、幅と高さから求める。',
  'TODO: compute the areas in the pool.': 'TODO：プールで面積を計算する。',
  'Job 2: convert to °C, every value rounded to 1 digit.':
    'ジョブ 2：摂氏に変換し、どの値も小数 1 桁に丸める。',
  "TODO: convert them in the pool, with the number of digits fixed once (you may import\nmore from 'parallel').":
    "TODO：桁数を一度だけ固定して、プールで変換する（'parallel' からほかのものを import してもよい）。",
  'Job 3: "download" three files of different sizes; print `Arrived: <name>` for each one as\nsoon as it has arrived.':
    'ジョブ 3：大きさの違う 3 つのファイルを「ダウンロード」し、それぞれ届いたらすぐに\n`Arrived: <name>` を表示する。',
  'TODO: run download over the files in the pool and print each name as it arrives.':
    'TODO：プールでファイルに download を実行し、届いたものから名前を表示する。',
  'Summary: three small jobs, three ways of passing arguments.':
    'まとめ：3 つの小さな仕事と、3 つの引数の渡し方。',
  'Several arguments per item: starmap.': '項目ごとに引数が複数：starmap。',
  'One argument varies, one is fixed: partial (with _ for the varying one) and map.':
    '一方の引数は変わり、一方は固定：partial（変わるほうは _）と map。',
  'Results as soon as each is ready: imapUnordered.': '準備できしだい結果を受け取る：imapUnordered。',
  "Not one of the lab's scripts: this lesson's three jobs in Python, exercise solved, for\ncomparison.":
    'ラボのスクリプトではない。このレッスンの 3 つの仕事の Python 版で、演習は解いてある。\n比較のため。',
  'The example: one argument per item, map': '例：項目ごとに引数が 1 つ、map',
  'Several arguments per item: starmap': '項目ごとに引数が複数：starmap',
  'One argument varies, one is fixed: partial and map': '一方の引数は変わり、一方は固定：partial と map',
  'Results as soon as each is ready: imap_unordered': '準備できしだい結果を受け取る：imap_unordered',
} satisfies CommentTranslations;
