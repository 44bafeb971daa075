import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'The sample images of lesson 10, made again (with the same seeds) if they are missing: the lab\nneeds create_images.py to have run first, and the file system keeps the images across\nreloads, but you may have deleted them. Quiet, so that the program prints what the lab prints.':
    'レッスン 10 のサンプル画像がなくなっていれば、（同じシードで）作り直す。ラボでは先に\ncreate_images.py を実行しておく必要がある。ファイルシステムは再読み込みしても画像を残すが、\n削除されているかもしれない。何も表示しないので、プログラムの表示はラボと同じになる。',
  'sequential_image_processing.py, in TypeScript: four filters on every image, one image after\nthe other, in one process. The baseline for the parallel versions.':
    'sequential_image_processing.py の TypeScript 版：各画像に 4 つのフィルターを、1 つのプロセスで\n1 枚ずつ順番にかける。並列版の比較の基準。',
  'Four filters, each applied to the original image and saved at once':
    '4 つのフィルターを、それぞれ元の画像にかけて、すぐに保存する',
  'Exercise: also apply ImageFilter.CONTOUR and save it as contour_<image name>.':
    '演習：ImageFilter.CONTOUR もかけて、contour_<画像名> として保存しよう。',
  "In listdir's order: not sorted": 'listdir が返す順のまま。並べ替えはしない',
  'sequential_image_processing.py, in TypeScript, with a fifth filter: CONTOUR.':
    'sequential_image_processing.py の TypeScript 版に、5 つ目のフィルター CONTOUR を加えたもの。',
  "In os.listdir's order: not sorted": 'os.listdir が返す順のまま。並べ替えはしない',
} satisfies CommentTranslations;
