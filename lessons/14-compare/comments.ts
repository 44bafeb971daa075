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
  'advanced_parallel_processing.py, in TypeScript (lesson 13): eight filters on each image, one pool\ntask per filter, with partial fixing the image and the folder, and a new pool per image. Run by\nmain.ts as a program of its own.':
    'advanced_parallel_processing.py の TypeScript 版（レッスン 13）：各画像に 8 つのフィルターを、\nフィルター 1 つにつきプールのタスク 1 つで。画像とフォルダは partial で固定し、画像ごとに新しい\nプールを作る。main.ts が独立したプログラムとして実行する。',
  'A new pool for every image, as many workers as CPUs': '画像ごとに新しいプール。ワーカーは CPU の数だけ',
  'compare_performance.py, in TypeScript: run the three image programs as programs of their own,\ntime each one, and chart the times.':
    'compare_performance.py の TypeScript 版：3 つの画像プログラムをそれぞれ独立したプログラムとして\n実行し、時間を測ってグラフにする。',
  'Exercise: the lab never looks at the exit code, so a program that dies at once still\n"completes". When result.exitCode is not 0, print `FAILED: <script> exited with code <n>`\nand the first line of result.stderr, and return null, so that it gets no bar.':
    '演習：ラボは終了コードを一度も見ないので、すぐに終了してしまったプログラムも「完了」する。\nresult.exitCode が 0 でなければ `FAILED: <script> exited with code <n>` と result.stderr の\n最初の行を表示し、null を返して、棒を描かないようにしよう。',
  'The last 200 characters of what the program printed': 'プログラムが表示した内容の最後の 200 文字',
  "Exercise: also run 'no_pillow.ts' (label 'No Pillow'), a program that dies at its first\nline, as the lab's scripts did on a machine whose python3 had no Pillow.":
    "演習：'no_pillow.ts'（ラベルは 'No Pillow'）も実行しよう。python3 に Pillow がないマシンで\nラボのスクリプトがそうなったように、最初の行で終了してしまうプログラムだ。",
  'The lab checks os.path.exists(script) first; run() refuses a file this lesson does not have':
    'ラボは先に os.path.exists(script) を確かめる。ここでは、このレッスンにないファイルは run() が受け付けない',
  'The time above each bar': '各棒の上に時間を書く',
  'the lab only saves the chart; here it is also drawn in the page':
    'ラボはグラフを保存するだけだが、ここではページにも描く',
  "The lab's silent failure, reproduced: on one machine the `python3` on PATH had no Pillow, so\nevery image script died at its first line — and compare_performance.py never noticed.\nThis program fails the same way: it exits with code 1 at once.":
    'ラボの静かな失敗の再現：あるマシンでは PATH 上の `python3` に Pillow がなく、どの画像\nスクリプトも最初の行で終了した。それでも compare_performance.py は気づかなかった。\nこのプログラムも同じように失敗する：すぐに終了コード 1 で終わる。',
  'parallel_image_processing.py, in TypeScript (lesson 12): the same four filters, one pool task per\nimage. Run by main.ts as a program of its own.':
    'parallel_image_processing.py の TypeScript 版（レッスン 12）：同じ 4 つのフィルターを、画像 1 枚に\nつきプールのタスク 1 つで。main.ts が独立したプログラムとして実行する。',
  'map gives a task one argument: the [imagePath, outputDir] pair, unpacked here':
    'map がタスクに渡す引数は 1 つ：[imagePath, outputDir] の組で、ここでほどく',
  'By default, one process per core, but never more than there are images':
    'デフォルトでは、コア 1 つにプロセス 1 つ。ただし画像の枚数より多くはしない',
  'Pack both arguments into one pair per image: map passes a single argument':
    '画像ごとに 2 つの引数を 1 つの組にまとめる：map が渡す引数は 1 つだけだから',
  'sequential_image_processing.py, in TypeScript (lesson 11): four filters on every image, one\nimage after the other, in one process. Run by main.ts as a program of its own.':
    'sequential_image_processing.py の TypeScript 版（レッスン 11）：各画像に 4 つのフィルターを、\n1 つのプロセスで 1 枚ずつ順番にかける。main.ts が独立したプログラムとして実行する。',
  'Four filters, each applied to the original image and saved at once':
    '4 つのフィルターを、それぞれ元の画像にかけて、すぐに保存する',
  "In listdir's order: not sorted": 'listdir が返す順のまま。並べ替えはしない',
  'compare_performance.py, in TypeScript, checking the exit codes the lab never looks at.':
    'compare_performance.py の TypeScript 版。ラボが一度も見ない終了コードを確かめる。',
  'A program that failed gets no "Completed" line and no bar':
    '失敗したプログラムには "Completed" の行も棒も付けない',
  "The error's first line: a JavaScript stack starts with it (a Python traceback ends with it)":
    'エラーの最初の行。JavaScript のスタックはエラーで始まる（Python のトレースバックはエラーで終わる）',
  'Only the programs that ran to the end get a bar': '最後まで動いたプログラムだけに棒を付ける',
  'An argument list, not a shell string; output captured as text':
    'シェルの文字列ではなく引数のリストで渡し、出力はテキストとして受け取る',
  // The lab's three image scripts, beside compare_performance.py as in the lab's folder.
  "In os.listdir's order: not sorted": 'os.listdir が返す順のまま。並べ替えはしない',
  'map gives one argument: the (image_path, output_dir) tuple, unpacked here':
    'map が渡す引数は 1 つ：(image_path, output_dir) のタプルで、ここでほどく',
  'Pack both arguments into one tuple per image: map passes a single argument':
    '画像ごとに 2 つの引数を 1 つのタプルにまとめる：map が渡す引数は 1 つだけだから',
  'Open the image in this process: PIL objects are not shared between processes':
    '画像はこのプロセスで開く。PIL のオブジェクトはプロセス間で共有しない',
  'Fix the image and the folder by keyword: map fills filter_info, the first parameter':
    '画像とフォルダをキーワードで固定する。map は最初の引数 filter_info を埋める',
  '(name, filter) pairs: the filter objects travel to the workers too':
    '(名前, フィルター) の組。フィルターのオブジェクトもワーカーに送られる',
} satisfies CommentTranslations;
