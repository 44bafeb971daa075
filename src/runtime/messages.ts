// What the runtime tells a learner when something goes wrong, in English and Japanese (the lab's
// audience reads Japanese). Errors are made inside workers, which cannot see the page: the page
// puts its language in the run (RunInfo.language); outside a run (unit tests) it is English.
// Error names and classes stay the same in both languages, as Python's do.
import { message, textOf, type Language, type ParamsOf } from '../i18n/core';
import { getContext, hasContext } from './context';
import type { FileKind } from './image/sniff';

export type { Language };

/** What a file looks like (image/sniff.ts), in words. */
const kindWords: Record<FileKind, Record<Language, string>> = {
  png: { en: 'PNG', ja: 'PNG' },
  jpeg: { en: 'JPEG', ja: 'JPEG' },
  gif: { en: 'GIF', ja: 'GIF' },
  webp: { en: 'WebP', ja: 'WebP' },
  bmp: { en: 'BMP', ja: 'BMP' },
  pdf: { en: 'PDF', ja: 'PDF' },
  zip: { en: 'a ZIP archive', ja: 'ZIP アーカイブ' },
  text: { en: 'text', ja: 'テキスト' },
  empty: { en: 'an empty file', ja: '空のファイル' },
  unknown: { en: 'not an image', ja: '画像ではないもの' },
};

export const messages = {
  cannotSendFunction: message<{
    kind: 'bound' | 'named' | 'anonymous';
    name: string;
    where: string;
    fix: string;
  }>({
    en: ({ kind, name, where, fix }) =>
      `Can't send ${
        kind === 'bound'
          ? `the bound method "${name}"`
          : kind === 'named'
            ? `the function "${name}"`
            : 'an anonymous function (an arrow or a function expression)'
      } (${where}) to a worker: it is not a top-level export of your program. ` +
      'Functions travel by reference (file + export name), as Python pickles them, so a worker can ' +
      "look them up in its own copy of your code; arrows, closures and methods can't travel. " +
      `Fix: declare it at the top level of a file as \`export function ${fix}(…) { … }\` and pass that name.`,
    ja: ({ kind, name, where, fix }) =>
      `${
        kind === 'bound'
          ? `バウンドメソッド "${name}"`
          : kind === 'named'
            ? `関数 "${name}"`
            : '無名関数（アロー関数か関数式）'
      }（${where}）はワーカーに送れません。プログラムのトップレベルで export された関数ではないからです。` +
      '関数は Python の pickle と同じく参照（ファイル名＋export 名）で送られ、ワーカーは自分が読み込んだ同じコードからそれを探します。' +
      'アロー関数・クロージャ・メソッドは送れません。' +
      `直し方：ファイルのトップレベルに \`export function ${fix}(…) { … }\` と書き、その名前を渡してください。`,
  }),
  notAFunction: message<{ where: string; got: string }>({
    en: ({ where, got }) => `${where} must be a function, got ${got}.`,
    ja: ({ where, got }) => `${where} には関数を渡してください（渡されたのは ${got}）。`,
  }),
  exportMissing: message<{ name: string; module: string }>({
    en: ({ name, module }) =>
      `This worker can't find export "${name}" of ${module}: did the module change since the run started?`,
    ja: ({ name, module }) =>
      `このワーカーは ${module} の export "${name}" を見つけられません。実行開始後にモジュールが変わりましたか？`,
  }),
  guard: message<{ what: string; pid: number }>({
    en: ({ what, pid }) =>
      `${what} was called while process ${pid} was still importing your program. Every worker imports your ` +
      'files (spawn semantics, as Python does), so top-level code runs again in each worker; starting ' +
      'processes from there would repeat in every new worker without end. Put the code that starts ' +
      'processes or pools inside `if (import.meta.main) { … }`: it is true only in the main process ' +
      '(Python\'s `if __name__ == "__main__":`).',
    ja: ({ what, pid }) =>
      `プロセス ${pid} がまだプログラムを読み込んでいる途中で ${what} が呼ばれました。` +
      'ワーカーはどれもあなたのファイルを読み込む（Python の spawn と同じ）ので、トップレベルのコードは各ワーカーでもう一度実行されます。' +
      'そこでプロセスを起動すると、新しいワーカーごとに果てしなく繰り返されてしまいます。' +
      'プロセスやプールを起動するコードは `if (import.meta.main) { … }` の中に書いてください。' +
      'これはメインプロセスでだけ true になります（Python の `if __name__ == "__main__":`）。',
  }),
  processNeedsTarget: message({
    en: () => 'new Process({ target, args }) needs target: the exported function the process runs.',
    ja: () => 'new Process({ target, args }) には target（プロセスが実行する export された関数）が必要です。',
  }),
  processArgsArray: message<{ got: string; fix: string }>({
    en: ({ got, fix }) => `Process args must be an array (Python's tuple), got ${got}: write args: [${fix}].`,
    ja: ({ got, fix }) =>
      `Process の args は配列（Python のタプル）にしてください（渡されたのは ${got}）。args: [${fix}] と書きます。`,
  }),
  processAlreadyStarted: message<{ name: string }>({
    en: ({ name }) => `${name} was already started: a process can only be started once.`,
    ja: ({ name }) => `${name} はもう開始されています。プロセスを開始できるのは一度だけです。`,
  }),
  joinNotStarted: message<{ name: string }>({
    en: ({ name }) => `Can't join ${name}: it was never started (call start() first).`,
    ja: ({ name }) => `${name} は開始されていないので join できません（先に start() を呼んでください）。`,
  }),
  joinSelf: message({
    en: () => 'A process cannot join itself.',
    ja: () => 'プロセスは自分自身を join できません。',
  }),
  killNotChild: message<{ pid: number }>({
    en: ({ pid }) =>
      `There is no running child process ${pid} here: a process can only kill the processes it started.`,
    ja: ({ pid }) =>
      `実行中の子プロセス ${pid} はここにはありません。プロセスが終了させられるのは自分が起動したプロセスだけです。`,
  }),
  partialPlaceholders: message<{ needed: number; got: number }>({
    en: ({ needed, got }) => `This partial needs ${needed} argument(s) for its _ placeholders, got ${got}.`,
    ja: ({ needed, got }) => `この partial の _ には引数が ${needed} 個必要ですが、${got} 個でした。`,
  }),
  partialNeedsFunction: message({
    en: () => 'partial() needs a function as its first argument.',
    ja: () => 'partial() の最初の引数には関数を渡してください。',
  }),
  lockNotHeld: message({
    en: () => 'release() of a Lock that is not held: call acquire() first.',
    ja: () => '取得されていない Lock を release() しました。先に acquire() を呼んでください。',
  }),
  queueItemTooBig: message<{ needed: number; bytes: number }>({
    en: ({ needed, bytes }) =>
      `This item needs ${needed} bytes but the Queue holds ${bytes}: make it with new Queue({ bytes }).`,
    ja: ({ needed, bytes }) =>
      `この要素には ${needed} バイト必要ですが、Queue の容量は ${bytes} バイトです。new Queue({ bytes }) で大きくしてください。`,
  }),
  queueGetTimeout: message<{ timeout: number }>({
    en: ({ timeout }) => `Queue.get(${timeout}) timed out: the queue stayed empty.`,
    ja: ({ timeout }) => `Queue.get(${timeout}) がタイムアウトしました。キューは空のままでした。`,
  }),
  noSharedArrayBuffer: message<{ what: string }>({
    en: ({ what }) =>
      `${what} needs SharedArrayBuffer, which this browser does not give even to a cross-origin isolated page ` +
      '(WebKitGTK browsers such as GNOME Web leave it off). Use a current Chrome, Edge, Firefox or Safari; the badge at the top of the page says the same.',
    ja: ({ what }) =>
      `${what} には SharedArrayBuffer が必要ですが、このブラウザはクロスオリジン分離されたページにも与えません` +
      '（GNOME Web など WebKitGTK のブラウザでは無効です）。最新の Chrome・Edge・Firefox・Safari を使ってください。ページ上部のバッジにも同じことが書かれています。',
  }),
  needsSharedMemory: message<{ what: string }>({
    en: ({ what }) =>
      `${what} needs SharedArrayBuffer, which the browser only gives to a cross-origin isolated page. ` +
      'This page is not isolated: see the badge at the top of the page for why, and how to fix the hosting.',
    ja: ({ what }) =>
      `${what} には SharedArrayBuffer が必要で、ブラウザはそれをクロスオリジン分離されたページにしか与えません。` +
      'このページは分離されていません。理由とホスティングの直し方はページ上部のバッジを見てください。',
  }),
  sharedArraySize: message<{ got: string }>({
    en: ({ got }) => `SharedArray size must be a whole number ≥ 0, got ${got}.`,
    ja: ({ got }) => `SharedArray の大きさは 0 以上の整数にしてください（渡されたのは ${got}）。`,
  }),
  sharedArrayIndex: message<{ index: number; length: number }>({
    en: ({ index, length }) => `SharedArray index ${index} is out of range (length ${length}).`,
    ja: ({ index, length }) => `SharedArray の添字 ${index} は範囲外です（長さ ${length}）。`,
  }),
  sharedArrayNoLock: message({
    en: () => 'This SharedArray was made with { lock: false }, so it has no lock.',
    ja: () => 'この SharedArray は { lock: false } で作られたので、ロックを持っていません。',
  }),
  unknownTypecode: message<{ typecode: string; known: string }>({
    en: ({ typecode, known }) =>
      `Unknown typecode ${typecode}: use one of ${known} ('d' for float64, 'i' for int32).`,
    ja: ({ typecode, known }) =>
      `型コード ${typecode} はありません。${known} のどれかを使ってください（float64 は 'd'、int32 は 'i'）。`,
  }),
  cannotFindFile: message<{ specifier: string; path: string }>({
    en: ({ specifier, path }) => `Can't find "${specifier}": there is no file ${path}.ts in this lesson.`,
    ja: ({ specifier, path }) =>
      `"${specifier}" が見つかりません。このレッスンに ${path}.ts というファイルはありません。`,
  }),
  usingAtTopLevel: message<{ detail: string }>({
    en: ({ detail }) =>
      `This browser cannot run \`using\` declarations (JavaScriptCore has none), and this one, at the top level of the file with ${detail} after it, cannot be rewritten for it. Put it in a block, e.g. inside \`if (import.meta.main) { … }\`.`,
    ja: ({ detail }) =>
      `このブラウザーは \`using\` 宣言を実行できません（JavaScriptCore に未実装）。この宣言はファイルのトップレベルにあり、後ろに ${detail} があるため書き換えられません。\`if (import.meta.main) { … }\` の中などのブロックに入れてください。`,
  }),
  importCycle: message<{ cycle: string }>({
    en: ({ cycle }) =>
      `These files import each other in a cycle (${cycle}): move the shared code into a file of its own.`,
    ja: ({ cycle }) =>
      `これらのファイルは互いに循環して import しています（${cycle}）。共通のコードは別のファイルに移してください。`,
  }),
  unknownPackage: message<{ specifier: string; known: string }>({
    en: ({ specifier, known }) =>
      `Can't import "${specifier}": programs here can import ${known} and the lesson's own files ("./name"). There is no package download and no network.`,
    ja: ({ specifier, known }) =>
      `"${specifier}" は import できません。ここで import できるのは ${known} とレッスン内のファイル（"./name"）だけです。パッケージのダウンロードもネットワークもありません。`,
  }),
  noFileSystem: message({
    en: () =>
      'This browser can keep no files for parallel/fs (it has neither a usable Origin Private File System nor IndexedDB): use a current Chrome, Edge, Firefox or Safari.',
    ja: () =>
      'このブラウザは parallel/fs のファイルを保存できません（使える Origin Private File System も IndexedDB もありません）。最新の Chrome・Edge・Firefox・Safari を使ってください。',
  }),
  fileNotFolder: message<{ path: string; part: string }>({
    en: ({ path, part }) => `"${path}": "${part}" is a file, not a folder.`,
    ja: ({ path, part }) => `"${path}"：「${part}」はフォルダではなくファイルです。`,
  }),
  noSuchFolderOnTheWay: message<{ folder: string; path: string }>({
    en: ({ folder, path }) => `No such folder: "${folder}" (looking for "${path}").`,
    ja: ({ folder, path }) => `フォルダ "${folder}" がありません（"${path}" を探していました）。`,
  }),
  alreadyExists: message<{ path: string }>({
    en: ({ path }) => `"${path}" already exists: pass { existOk: true } to accept that.`,
    ja: ({ path }) => `"${path}" はもうあります。それでよければ { existOk: true } を渡してください。`,
  }),
  noSuchFolder: message<{ path: string }>({
    en: ({ path }) => `No such folder: "${path}".`,
    ja: ({ path }) => `フォルダ "${path}" がありません。`,
  }),
  isAFile: message<{ path: string }>({
    en: ({ path }) => `"${path}" is a file, not a folder.`,
    ja: ({ path }) => `"${path}" はフォルダではなくファイルです。`,
  }),
  noSuchFile: message<{ path: string }>({
    en: ({ path }) => `No such file: "${path}".`,
    ja: ({ path }) => `ファイル "${path}" がありません。`,
  }),
  isAFolder: message<{ path: string }>({
    en: ({ path }) => `"${path}" is a folder, not a file: use listdir() to see what it holds.`,
    ja: ({ path }) => `"${path}" はファイルではなくフォルダです。中身は listdir() で見られます。`,
  }),
  namesAFolder: message<{ path: string }>({
    en: ({ path }) => `"${path}" names a folder, not a file.`,
    ja: ({ path }) => `"${path}" はファイルではなくフォルダの名前です。`,
  }),
  topFolder: message({
    en: () => "The workspace's top folder can't be removed.",
    ja: () => 'ワークスペースの一番上のフォルダは削除できません。',
  }),
  noSuchEntry: message<{ path: string }>({
    en: ({ path }) => `No such file or folder: "${path}".`,
    ja: ({ path }) => `ファイルまたはフォルダ "${path}" がありません。`,
  }),
  folderNotEmpty: message<{ path: string }>({
    en: ({ path }) =>
      `"${path}" is a folder that is not empty: pass { recursive: true } to remove it with its contents.`,
    ja: ({ path }) =>
      `"${path}" は空でないフォルダです。中身ごと削除するには { recursive: true } を渡してください。`,
  }),
  pathLeaves: message<{ path: string }>({
    en: ({ path }) => `The path "${path}" leaves the lesson's file system (too many "..").`,
    ja: ({ path }) => `パス "${path}" はレッスンのファイルシステムの外に出ています（".." が多すぎます）。`,
  }),
  noSuchLessonFile: message<{ file: string; known: string }>({
    en: ({ file, known }) => `subprocess.run: there is no file "${file}" in this lesson (it has ${known}).`,
    ja: ({ file, known }) =>
      `subprocess.run：このレッスンに "${file}" というファイルはありません（あるのは ${known}）。`,
  }),
  poolNotRunning: message<{ how: 'closed' | 'terminated' }>({
    en: ({ how }) =>
      `This pool is not running: it was ${how === 'closed' ? 'closed (pool.close())' : 'terminated'}. ` +
      'Create a new Pool to run more tasks.',
    ja: ({ how }) =>
      `このプールは動いていません（${how === 'closed' ? 'pool.close() で閉じられました' : '終了（terminate）されました'}）。` +
      'さらにタスクを実行するには新しい Pool を作ってください。',
  }),
  queueBytes: message<{ got: string }>({
    en: ({ got }) =>
      `A Queue's bytes must be a whole number of at least 64, got ${got}: try new Queue(), which holds 1 MiB.`,
    ja: ({ got }) =>
      `Queue の bytes は 64 以上の整数にしてください（渡されたのは ${got}）。1 MiB を確保する new Queue() を試してください。`,
  }),
  poolSize: message<{ got: string }>({
    en: ({ got }) =>
      `A Pool needs at least 1 process, got ${got}: try new Pool(2), or new Pool() for one per core.`,
    ja: ({ got }) =>
      `Pool には 1 つ以上のプロセスが必要です（渡されたのは ${got}）。new Pool(2)、またはコア数だけ使う new Pool() を試してください。`,
  }),
  maxTasksPerChild: message<{ got: string }>({
    en: ({ got }) => `maxTasksPerChild must be a whole number ≥ 1, got ${got}.`,
    ja: ({ got }) => `maxTasksPerChild は 1 以上の整数にしてください（渡されたのは ${got}）。`,
  }),
  applyArgsArray: message<{ fix: string }>({
    en: ({ fix }) => `apply() takes its arguments as an array (Python's tuple): write [${fix}].`,
    ja: ({ fix }) => `apply() の引数は配列（Python のタプル）で渡します。[${fix}] と書いてください。`,
  }),
  poolTerminatedTask: message({
    en: () => 'The pool was terminated before this task finished.',
    ja: () => 'このタスクが終わる前にプールが終了（terminate）されました。',
  }),
  joinNeedsClose: message({
    en: () => 'join() needs close() or terminate() first, as in Python.',
    ja: () => 'Python と同じく、join() の前に close() か terminate() を呼んでください。',
  }),
  notIterable: message<{ got: string }>({
    en: ({ got }) => `The tasks must be an iterable (an array, a Set, a generator…), got ${got}.`,
    ja: ({ got }) =>
      `タスクは反復可能なもの（配列・Set・ジェネレーターなど）で渡してください（渡されたのは ${got}）。`,
  }),
  starmapItem: message<{ index: number; got: string }>({
    en: ({ index, got }) =>
      `starmap needs a list of argument lists, but item ${index} is ${got}: write [[a, b], [c, d], …].`,
    ja: ({ index, got }) =>
      `starmap には引数リストのリストが必要ですが、${index} 番目の要素は ${got} です。[[a, b], [c, d], …] と書いてください。`,
  }),
  chunksize: message<{ got: string }>({
    en: ({ got }) => `chunksize must be a whole number ≥ 1, got ${got}.`,
    ja: ({ got }) => `chunksize は 1 以上の整数にしてください（渡されたのは ${got}）。`,
  }),
  functionPassedTo: message<{ method: string }>({
    en: ({ method }) => `the function passed to ${method}()`,
    ja: ({ method }) => `${method}() に渡した関数`,
  }),
  workerLost: message<{ worker: string; pid: number; task: string; index: number; reason: string }>({
    en: ({ worker, pid, task, index, reason }) =>
      `Pool worker ${worker} (pid ${pid}) died while running ${task}, task ${index} of its call${
        reason ? `: ${reason}` : ' (it closed itself, ran out of memory or was killed)'
      }. The pool started a new worker; other tasks were not lost.`,
    ja: ({ worker, pid, task, index, reason }) =>
      `プールのワーカー ${worker}（pid ${pid}）が ${task}（その呼び出しのタスク ${index}）の実行中に終了しました${
        reason ? `：${reason}` : '（自分で close したか、メモリが尽きたか、kill されました）'
      }。プールは新しいワーカーを起動しました。ほかのタスクは失われていません。`,
  }),
  programWorkerFailed: message<{ reason: string }>({
    en: ({ reason }) => `The program's worker failed: ${reason}`,
    ja: ({ reason }) => `プログラムのワーカーが失敗しました: ${reason}`,
  }),
  programWorkerDidNotStart: message({
    en: () => 'it could not start',
    ja: () => '起動できませんでした',
  }),
  pythonDidNotStart: message<{ reason: string }>({
    en: ({ reason }) =>
      `Python could not start (${reason}). Your files are kept: reload the page and run again.`,
    ja: ({ reason }) =>
      `Python を起動できませんでした（${reason}）。ファイルはそのまま残っています。ページを再読み込みして、もう一度実行してください。`,
  }),
  diedWhileStarting: message<{ pid: number; name: string }>({
    en: ({ pid, name }) => `Process ${pid} (${name}) died while starting.`,
    ja: ({ pid, name }) => `プロセス ${pid}（${name}）は起動中に終了しました。`,
  }),
  resultTimeout: message<{ timeout: number }>({
    en: ({ timeout }) => `The result was not ready within ${timeout} s; the task keeps running.`,
    ja: ({ timeout }) => `${timeout} 秒以内に結果が出ませんでした。タスクは実行を続けています。`,
  }),
  successfulTooEarly: message({
    en: () => 'successful() needs a finished task: check ready() or await wait() first.',
    ja: () =>
      'successful() は終わったタスクにだけ使えます。先に ready() を確かめるか、wait() を await してください。',
  }),
  unclonable: message<{ path: string; what: string }>({
    en: ({ path, what }) =>
      `Can't send ${path} to a worker: it is ${what}, which can't be copied to another thread. ` +
      'Send plain data (numbers, strings, arrays, objects, typed arrays) instead.',
    ja: ({ path, what }) =>
      `${path} はワーカーに送れません。${what} は別のスレッドにコピーできないからです。` +
      '代わりに素のデータ（数値・文字列・配列・オブジェクト・型付き配列）を送ってください。',
  }),
  resultNotSendable: message<{ index: number; reason: string }>({
    en: ({ index, reason }) => `Error sending the result of task ${index}: ${reason}`,
    ja: ({ index, reason }) => `タスク ${index} の結果を送り返せませんでした：${reason}`,
  }),
  sleepSeconds: message<{ got: string }>({
    en: ({ got }) => `sleep() needs a number of seconds ≥ 0, got ${got}.`,
    ja: ({ got }) => `sleep() には 0 以上の秒数を渡してください（渡されたのは ${got}）。`,
  }),
  sleepOnPage: message({
    en: () => 'sleep() blocks its thread, and the page thread must never block: call it in a worker.',
    ja: () =>
      'sleep() はスレッドを止めますが、ページのスレッドは決して止めてはいけません。ワーカーの中で呼んでください。',
  }),
  busyWait: message<{ why: 'not-isolated' | 'no-shared-array-buffer' }>({
    en: ({ why }) =>
      `sleep() is busy-waiting because ${why === 'not-isolated' ? 'this page is not cross-origin isolated' : 'this browser has no SharedArrayBuffer'} (see the badge at the top).`,
    ja: ({ why }) =>
      `${why === 'not-isolated' ? 'このページはクロスオリジン分離されていない' : 'このブラウザには SharedArrayBuffer がない'}ため、sleep() はビジーウェイトしています（上部のバッジを見てください）。`,
  }),
  notAnImage: message<{ name: string; kind: FileKind }>({
    en: ({ name, kind }) => `${name} is not a PNG or JPEG image (it looks like ${kindWords[kind].en}).`,
    ja: ({ name, kind }) =>
      `${name} は PNG や JPEG の画像ではありません（${kindWords[kind].ja}のようです）。`,
  }),
  imageMode: message<{ mode: string }>({
    en: ({ mode }) => `Unknown mode "${mode}": use "RGB", "RGBA" or "L".`,
    ja: ({ mode }) => `モード "${mode}" はありません。"RGB"・"RGBA"・"L" のどれかを使ってください。`,
  }),
  imageSize: message<{ width: number; height: number }>({
    en: ({ width, height }) => `An image needs a whole width and height ≥ 1, got ${width}×${height}.`,
    ja: ({ width, height }) =>
      `画像の幅と高さは 1 以上の整数にしてください（渡されたのは ${width}×${height}）。`,
  }),
  imageTooLarge: message<{ width: number; height: number; max: number }>({
    en: ({ width, height, max }) =>
      `${width}×${height} is more than ${max.toLocaleString('en')} pixels: make it smaller first.`,
    ja: ({ width, height, max }) =>
      `${width}×${height} は ${max.toLocaleString('en')} ピクセルを超えています。先に小さくしてください。`,
  }),
  imageByteCount: message<{ width: number; height: number; mode: string; needed: number; got: number }>({
    en: ({ width, height, mode, needed, got }) =>
      `A ${width}×${height} ${mode} image needs ${needed} bytes, got ${got}. Check the width, the height and the mode.`,
    ja: ({ width, height, mode, needed, got }) =>
      `${width}×${height} の ${mode} 画像には ${needed} バイト必要ですが、${got} バイトでした。幅・高さ・モードを確かめてください。`,
  }),
  jpegUnavailable: message({
    en: () => 'This browser cannot decode JPEG images in a worker: convert the image to PNG.',
    ja: () => 'このブラウザはワーカーの中で JPEG 画像をデコードできません。画像を PNG に変換してください。',
  }),
  notAPng: message<{ kind: FileKind }>({
    en: ({ kind }) => `This is not a PNG file (it looks like ${kindWords[kind].en}).`,
    ja: ({ kind }) => `これは PNG ファイルではありません（${kindWords[kind].ja}のようです）。`,
  }),
  pngNoData: message({
    en: () =>
      'This PNG file is damaged: it has no image header or no image data. Open it in an image editor and save it again as PNG.',
    ja: () =>
      'この PNG ファイルは壊れています。画像ヘッダーか画像データがありません。画像編集ソフトで開き、PNG として保存し直してください。',
  }),
  pngInterlaced: message({
    en: () => 'Interlaced PNGs are not supported: save the image without interlacing.',
    ja: () =>
      'インターレースされた PNG には対応していません。インターレースなしで画像を保存し直してください。',
  }),
  pngUnknownFormat: message<{ colorType: number; depth: number }>({
    en: ({ colorType, depth }) =>
      `This PNG has an unknown format (colour type ${colorType}, bit depth ${depth}): save it again as an 8-bit RGB PNG.`,
    ja: ({ colorType, depth }) =>
      `この PNG は不明な形式です（カラータイプ ${colorType}、ビット深度 ${depth}）。8 ビットの RGB PNG として保存し直してください。`,
  }),
  pngRowFilter: message<{ filter: string }>({
    en: ({ filter }) =>
      `This PNG file is damaged (row filter ${filter}). Open it in an image editor and save it again as PNG.`,
    ja: ({ filter }) =>
      `この PNG ファイルは壊れています（行フィルター ${filter}）。画像編集ソフトで開き、PNG として保存し直してください。`,
  }),
  pngPaletteIndex: message({
    en: () =>
      'This PNG file is damaged (palette index out of range). Open it in an image editor and save it again as PNG.',
    ja: () =>
      'この PNG ファイルは壊れています（パレットの番号が範囲外です）。画像編集ソフトで開き、PNG として保存し直してください。',
  }),
  filterRadius: message<{ what: string; got: string }>({
    en: ({ what, got }) => `${what} needs a radius ≥ 0, got ${got}.`,
    ja: ({ what, got }) => `${what} の半径は 0 以上の数にしてください（渡されたのは ${got}）。`,
  }),
  kernelSize: message<{ got: string }>({
    en: ({ got }) => `Kernel size must be 3×3 or 5×5, as in Pillow; got ${got}.`,
    ja: ({ got }) => `Kernel の大きさは Pillow と同じく 3×3 か 5×5 にしてください（渡されたのは ${got}）。`,
  }),
  kernelLength: message<{ n: number; needed: number; got: number }>({
    en: ({ n, needed, got }) =>
      `A ${n}×${n} kernel needs ${needed} numbers, got ${got}: list its rows one after another.`,
    ja: ({ n, needed, got }) =>
      `${n}×${n} のカーネルには数が ${needed} 個必要ですが、${got} 個でした。行を順に並べて渡してください。`,
  }),
  notAFilter: message<{ got: string }>({
    en: ({ got }) => `Not a filter: ${got}. Use one from ImageFilter, e.g. ImageFilter.BLUR.`,
    ja: ({ got }) =>
      `フィルターではありません：${got}。ImageFilter にあるもの（たとえば ImageFilter.BLUR）を使ってください。`,
  }),
  filterFailed: message({
    en: () => 'An image filter failed inside WebAssembly. This is a bug in Parallel Lab: please report it.',
    ja: () =>
      '画像フィルターが WebAssembly の中で失敗しました。Parallel Lab の不具合です。報告してください。',
  }),
  plotNotNumbers: message<{ call: 'bar' | 'plot' }>({
    en: ({ call }) => `${call === 'bar' ? 'bar heights' : 'plot y values'} must be numbers.`,
    ja: ({ call }) => `${call === 'bar' ? 'bar() の高さ' : 'plot() の y の値'}は数値にしてください。`,
  }),
  barLengths: message<{ positions: number; heights: number }>({
    en: ({ positions, heights }) =>
      `bar() got ${positions} positions but ${heights} heights: give one height per position.`,
    ja: ({ positions, heights }) =>
      `bar() に渡された位置は ${positions} 個、高さは ${heights} 個です。同じ数にしてください。`,
  }),
  plotLengths: message<{ xs: number; ys: number }>({
    en: ({ xs, ys }) => `plot() got ${xs} x values but ${ys} y values: give one y value per x value.`,
    ja: ({ xs, ys }) => `plot() に渡された x の値は ${xs} 個、y の値は ${ys} 個です。同じ数にしてください。`,
  }),
} as const;

export type MessageKey = keyof typeof messages;

let pageLanguage: Language = 'en';

/**
 * The language of messages made outside a run: the page's, which the page sets as the learner
 * switches (its Files panel calls "parallel/fs" too). English until it does.
 */
export function setPageLanguage(language: Language): void {
  pageLanguage = language;
}

/** The learner's language: the run's in a run (workers cannot see the page), else the page's. */
export function language(): Language {
  return hasContext() ? getContext().run.language : pageLanguage;
}

/** The message `key` in the learner's language. */
export function say<K extends MessageKey>(key: K, ...params: ParamsOf<typeof messages, K>): string {
  return sayIn(language(), key, ...params);
}

/** The message `key` in `lang`, for code that runs before the run's context exists (the linker). */
export function sayIn<K extends MessageKey>(
  lang: Language,
  key: K,
  ...params: ParamsOf<typeof messages, K>
): string {
  return textOf(messages, key, lang, ...params);
}
