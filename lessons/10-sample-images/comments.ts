import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'create_images.py, in TypeScript: five 800×600 noise images in sample_images/.':
    'create_images.py の TypeScript 版：800×600 のノイズ画像 5 枚を sample_images/ に作る。',
  "The lab's create_sample_image(filename, width=800, height=600), with a seed: the noise of\nimage N comes from seed N, so it is the same on every run and every machine.":
    'ラボの create_sample_image(filename, width=800, height=600) に、シードを加えたもの。画像 N の\nノイズはシード N から作るので、どの実行でも、どのマシンでも同じになる。',
  'PNG, from the extension': '拡張子から PNG になる',
  "Five images, numbered from 1, at the default size\nExercise: the images do not depend on each other, so make them in parallel. Replace this\nloop with a Pool and starmap: one [filename, seed] pair per image, e.g.\n['sample_images/sample_1.png', 1]. Print the last line after the starmap.":
    "1 から番号を付けた 5 枚の画像を、デフォルトのサイズで作る\n演習：画像どうしは互いに関係ないので、並列に作ろう。このループを Pool と starmap に置き換え、\n画像ごとに [ファイル名, シード] の組を 1 つ渡す（例：['sample_images/sample_1.png', 1]）。\n最後の行は starmap の後で表示する。",
  'create_images.py, in TypeScript, with the five images made in parallel by a Pool.':
    'create_images.py の TypeScript 版。5 枚の画像をプールで並列に作る。',
  'The folder first, in the main process: the workers save into it.':
    'フォルダはメインプロセスで先に作っておく。ワーカーはそこに保存する。',
  'One [filename, seed] pair per image; starmap spreads each pair into the two parameters.':
    '画像ごとに [ファイル名, シード] の組を 1 つ。starmap が各組を 2 つの引数に展開する。',
  "Random noise: rows = height, columns = width, 3 channels (RGB).\nrandint's upper bound is exclusive, so the values are 0..254.":
    'ランダムなノイズ：行数 = 高さ、列数 = 幅、3 チャンネル（RGB）。\nrandint の上限は含まれないので、値は 0〜254 になる。',
  'Five images, numbered from 1, at the default size':
    '1 から番号を付けた 5 枚の画像を、デフォルトのサイズで作る',
} satisfies CommentTranslations;
