import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'The sample images of lesson 10, made again (with the same seeds) if they are missing: the lab\nneeds create_images.py to have run first, and the file system keeps the images across\nreloads, but you may have deleted them. Quiet, so that the program prints what the lab prints.':
    'レッスン 10 のサンプル画像がなくなっていれば、（同じシードで）作り直す。ラボでは先に\ncreate_images.py を実行しておく必要がある。ファイルシステムは再読み込みしても画像を残すが、\n削除されているかもしれない。何も表示しないので、プログラムの表示はラボと同じになる。',
  'parallel_image_processing.py, in TypeScript: the same four filters, one pool task per image.':
    'parallel_image_processing.py の TypeScript 版：同じ 4 つのフィルターを、画像 1 枚につきプールのタスク 1 つで。',
  'map gives a task one argument: the [imagePath, outputDir] pair, unpacked here':
    'map がタスクに渡す引数は 1 つ：[imagePath, outputDir] の組で、ここでほどく',
  'By default, one process per core, but never more than there are images':
    'デフォルトでは、コア 1 つにプロセス 1 つ。ただし画像の枚数より多くはしない',
  'Pack both arguments into one pair per image: map passes a single argument':
    '画像ごとに 2 つの引数を 1 つの組にまとめる：map が渡す引数は 1 つだけだから',
  'Exercise: report each image as soon as it is done. Iterate over\npool.imapUnordered(applyFilters, taskArgs) with for await, print\n`Done: <name> in <seconds> seconds` for each result, and collect the results.':
    '演習：各画像を、終わったらすぐに報告しよう。for await で\npool.imapUnordered(applyFilters, taskArgs) を回し、結果ごとに\n`Done: <name> in <seconds> seconds` を表示して、結果を集める。',
  'parallel_image_processing.py, in TypeScript, reporting each image as soon as it is done.':
    'parallel_image_processing.py の TypeScript 版。各画像を終わったらすぐに報告する。',
  'Completion order: each result arrives as soon as its image is done':
    '終わった順：各結果は、その画像が終わるとすぐに届く',
  'Back to input order for the summary, as map returns it': 'まとめは、map が返すのと同じ入力の順に戻す',
  'map gives one argument: the (image_path, output_dir) tuple, unpacked here':
    'map が渡す引数は 1 つ：(image_path, output_dir) のタプルで、ここでほどく',
  'Pack both arguments into one tuple per image: map passes a single argument':
    '画像ごとに 2 つの引数を 1 つのタプルにまとめる：map が渡す引数は 1 つだけだから',
} satisfies CommentTranslations;
