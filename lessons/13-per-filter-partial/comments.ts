import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'The sample images of lesson 10, made again (with the same seeds) if they are missing: the lab\nneeds create_images.py to have run first, and the file system keeps the images across\nreloads, but you may have deleted them. Quiet, so that the program prints what the lab prints.':
    'レッスン 10 のサンプル画像がなくなっていれば、（同じシードで）作り直す。ラボでは先に\ncreate_images.py を実行しておく必要がある。ファイルシステムは再読み込みしても画像を残すが、\n削除されているかもしれない。何も表示しないので、プログラムの表示はラボと同じになる。',
  'Open the image in this process: image objects are not shared between processes':
    '画像はこのプロセスで開く。画像のオブジェクトはプロセス間で共有しない',
  'Fix the image and the folder: map fills filterInfo, the first parameter (the `_`)':
    '画像とフォルダを固定する。map は最初の引数 filterInfo（`_` の位置）を埋める',
  '[name, filter] pairs: the filters themselves travel to the workers too':
    '[名前, フィルター] の組。フィルターそのものもワーカーに送られる',
  'advanced_parallel_processing.py, in TypeScript: eight filters on each image, one pool task per\nfilter, with partial fixing the image and the output folder.':
    'advanced_parallel_processing.py の TypeScript 版：各画像に 8 つのフィルターを、フィルター 1 つに\nつきプールのタスク 1 つで。画像と出力フォルダは partial で固定する。',
  'A new pool for every image, as many workers as CPUs\nExercise: create ONE pool in main(), around the loop over the images, and pass it to this\nfunction as a fourth parameter instead of creating a pool here for every image.':
    '画像ごとに新しいプール。ワーカーは CPU の数だけ\n演習：ここで画像ごとにプールを作る代わりに、main() の画像のループの外でプールを 1 つだけ作り、\n4 つ目の引数としてこの関数に渡そう。',
  'advanced_parallel_processing.py, in TypeScript, with one pool shared by all the images.':
    'advanced_parallel_processing.py の TypeScript 版。すべての画像で 1 つのプールを共有する。',
  'One pool for all the images: its workers start once, not once per image':
    'すべての画像に 1 つのプール。ワーカーの起動は画像ごとではなく 1 回だけ',
  'Open the image in this process: PIL objects are not shared between processes':
    '画像はこのプロセスで開く。PIL のオブジェクトはプロセス間で共有しない',
  'Fix the image and the folder by keyword: map fills filter_info, the first parameter':
    '画像とフォルダをキーワードで固定する。map は最初の引数 filter_info を埋める',
  'A new pool for every image, as many workers as CPUs': '画像ごとに新しいプール。ワーカーは CPU の数だけ',
  '(name, filter) pairs: the filter objects travel to the workers too':
    '(名前, フィルター) の組。フィルターのオブジェクトもワーカーに送られる',
} satisfies CommentTranslations;
