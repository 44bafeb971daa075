// The page's text: every label and message of the UI, in English and Japanese (src/i18n/core.ts).
// A key missing from either language, or a parameter misspelt or missing where it is used, is a
// type error.
import { message, type Language, type ParamsOf, type PlainKey } from '../../i18n/core';

/** A parameter as shown: translate() writes a number for the reader's language (98,000). */
type Shown = string | number;

export const pageText = {
  appTitle: { en: 'Parallel Lab', ja: 'Parallel Lab' },
  tagline: {
    en: 'Pass arguments to parallel workers, and watch them run.',
    ja: '並列ワーカーに引数を渡して、動くところを見てみよう。',
  },
  lessons: { en: 'Lessons', ja: 'レッスン' },
  language: { en: 'Language', ja: '言語' },
  isolated: { en: 'Cross-origin isolated', ja: 'クロスオリジン分離: 有効' },
  isolatedDetail: {
    en: 'SharedArrayBuffer and Atomics are available: every lesson can run.',
    ja: 'SharedArrayBuffer と Atomics が使えます。すべてのレッスンを実行できます。',
  },
  notIsolated: { en: 'Not isolated', ja: 'クロスオリジン分離: 無効' },
  isolatedChecking: {
    en: 'Checking what this browser gives the lessons…',
    ja: 'このブラウザでレッスンに必要な機能を確認しています…',
  },
  isolatedButMissing: message<{ count: Shown }>({
    en: ({ count }) => `Isolated, but ${count} feature(s) missing`,
    ja: ({ count }) => `クロスオリジン分離: 有効（ただし ${count} つの機能が不足）`,
  }),
  missingSharedMemory: {
    en: 'No SharedArrayBuffer, although the page is cross-origin isolated (WebKitGTK browsers such as GNOME Web leave it off). Lessons that share memory (SharedArray, Value, Lock, Queue) cannot run, and sleep() busy-waits. Use a current Chrome, Edge, Firefox or Safari.',
    ja: 'ページはクロスオリジン分離されていますが、SharedArrayBuffer がありません（GNOME Web など WebKitGTK のブラウザでは無効です）。メモリを共有するレッスン（SharedArray、Value、Lock、Queue）は実行できず、sleep() はビジーウェイトになります。最新の Chrome・Edge・Firefox・Safari を使ってください。',
  },
  missingAtomicsWait: {
    en: 'Atomics.wait does not work in workers here: sleep() busy-waits, and Lock and Queue cannot wait. Use a current Chrome, Edge, Firefox or Safari.',
    ja: 'このブラウザのワーカーでは Atomics.wait が動きません。sleep() はビジーウェイトになり、Lock と Queue は待てません。最新の Chrome・Edge・Firefox・Safari を使ってください。',
  },
  missingModuleWorkers: {
    en: 'Module workers do not start here, and every program runs in one: no lesson can run. Use a current Chrome, Edge, Firefox or Safari. If you host the site yourself, send the two isolation headers with every response, 304 Not Modified included (WebKit refuses a worker revalidated without them).',
    ja: 'このブラウザではモジュールワーカーが起動しません。プログラムはすべてモジュールワーカーで動くため、どのレッスンも実行できません。最新の Chrome・Edge・Firefox・Safari を使ってください。サイトを自分で配信している場合は、2 つの分離ヘッダーを 304 Not Modified も含むすべての応答で送ってください（WebKit はヘッダーのない再検証応答のワーカーを起動しません）。',
  },
  missingNestedWorkers: {
    en: 'A worker cannot start workers here, so Process and Pool cannot run. Use a current Chrome, Edge, Firefox or Safari 16.4 or later.',
    ja: 'このブラウザではワーカーからワーカーを起動できないため、Process と Pool は動きません。最新の Chrome・Edge・Firefox、または Safari 16.4 以降を使ってください。',
  },
  missingFileSystem: {
    en: 'Workers cannot keep files here (neither the Origin Private File System nor IndexedDB works in a worker), so parallel/fs and the image lessons (10–14) cannot save their files; the other lessons run as usual. Use a current Chrome, Edge, Firefox or Safari.',
    ja: 'このブラウザのワーカーはファイルを保存できません（Origin Private File System も IndexedDB もワーカーで使えません）。そのため parallel/fs と画像のレッスン（10〜14）はファイルを保存できません。その他のレッスンは普通に動きます。最新の Chrome・Edge・Firefox・Safari を使ってください。',
  },
  workspaceInIndexedDb: {
    en: "Your files (parallel/fs, the image lessons 10–14) are kept in this browser's IndexedDB, because its workers cannot write the Origin Private File System. Every lesson runs as usual, and the files stay across reloads.",
    ja: 'このブラウザのワーカーは Origin Private File System に書き込めないため、ファイル（parallel/fs、画像のレッスン 10〜14）はブラウザの IndexedDB に保存されます。すべてのレッスンは普通に動き、ファイルは再読み込みしても残ります。',
  },
  reasonInsecure: {
    en: 'This page is not a secure context (it is served over plain http from another machine), so neither the isolation headers nor the service-worker fallback can work. Serve it over https, or open it as http://localhost.',
    ja: 'このページは安全なコンテキストではありません（別のマシンから http で配信されています）。そのため分離ヘッダーもサービスワーカーによる代替も使えません。https で配信するか、http://localhost で開いてください。',
  },
  reasonNoServiceWorker: {
    en: 'The server sends no COOP/COEP headers and this browser cannot run the service-worker fallback (private windows often block it). Send the headers from the server (see the README: Netlify, Cloudflare Pages, Vercel and nginx examples), or open the page in a normal window.',
    ja: 'サーバーが COOP/COEP ヘッダーを送っておらず、このブラウザではサービスワーカーによる代替も動きません（プライベートウィンドウではよく無効になっています）。サーバーからヘッダーを送るか（README に Netlify、Cloudflare Pages、Vercel、nginx の例があります）、通常のウィンドウで開いてください。',
  },
  reasonHeaders: {
    en: 'The server sends no Cross-Origin-Opener-Policy: same-origin and Cross-Origin-Embedder-Policy: require-corp headers, and the service-worker fallback has not taken over yet. Reload once; if this stays, send the two headers from the server (see the README).',
    ja: 'サーバーが Cross-Origin-Opener-Policy: same-origin と Cross-Origin-Embedder-Policy: require-corp を送っておらず、サービスワーカーによる代替もまだ有効になっていません。一度再読み込みしてください。それでも変わらなければ、サーバーから 2 つのヘッダーを送ってください（README 参照）。',
  },
  notIsolatedEffect: {
    en: 'Lessons that share memory (SharedArray, Value, Lock, Queue) cannot run until this is fixed; the others run as usual.',
    ja: 'これが直るまで、メモリを共有するレッスン（SharedArray、Value、Lock、Queue）は実行できません。その他のレッスンは普通に動きます。',
  },
  noLessons: { en: 'No lessons found.', ja: 'レッスンが見つかりません。' },
  skipToLesson: { en: 'Skip to the lesson', ja: 'レッスンへ移動' },
  progressSummary: message<{ done: Shown; total: Shown }>({
    en: ({ done, total }) => `${done} of ${total} lessons complete`,
    ja: ({ done, total }) => `${total} レッスン中 ${done} 完了`,
  }),
  completed: { en: 'completed', ja: '完了' },

  // The lesson page
  workbench: { en: 'Code and results', ja: 'コードと実行結果' },
  lessonLoading: { en: 'Loading the lesson’s files…', ja: 'レッスンのファイルを読み込んでいます…' },
  lessonLoadFailed: message<{ error: Shown }>({
    en: ({ error }) =>
      `The lesson’s files could not be loaded (${error}). Check your connection and reload the page.`,
    ja: ({ error }) =>
      `レッスンのファイルを読み込めませんでした（${error}）。接続を確認して、ページを再読み込みしてください。`,
  }),
  needsSharedArrayBuffer: {
    en: 'This lesson shares memory between workers, and this browser has no SharedArrayBuffer although the page is isolated. The badge at the top says what to use instead.',
    ja: 'このレッスンではワーカー間でメモリを共有しますが、このブラウザにはページが分離されていても SharedArrayBuffer がありません。代わりに何を使えばよいかは上部のバッジを見てください。',
  },
  needsIsolation: {
    en: 'This lesson shares memory between workers, which needs a cross-origin isolated page. The badge at the top says why this page is not, and how to fix it.',
    ja: 'このレッスンではワーカー間でメモリを共有するため、クロスオリジン分離されたページが必要です。理由と直し方は上部のバッジを見てください。',
  },

  // Toolbar
  programControls: { en: 'Program', ja: 'プログラム' },
  run: { en: 'Run', ja: '実行' },
  runTitle: message<{ keys: Shown }>({
    en: ({ keys }) => `Run the program (${keys})`,
    ja: ({ keys }) => `プログラムを実行（${keys}）`,
  }),
  runPythonTitle: message<{ keys: Shown; file: Shown }>({
    en: ({ keys, file }) => `Run ${file} as Python (${keys})`,
    ja: ({ keys, file }) => `${file} を Python として実行（${keys}）`,
  }),
  rerunTitle: message<{ keys: Shown }>({
    en: ({ keys }) => `Stop this run and run the program again (${keys})`,
    ja: ({ keys }) => `この実行を止めて、プログラムをもう一度実行（${keys}）`,
  }),
  stop: { en: 'Stop', ja: '停止' },
  reset: { en: 'Reset', ja: 'リセット' },
  resetTitle: { en: 'Put back the starter files (you can undo)', ja: '最初のファイルに戻す（元に戻せます）' },
  showSolution: { en: 'Show solution', ja: '解答を表示' },
  solutionTitle: {
    en: 'Replace your files with the solution (you can undo)',
    ja: 'ファイルを解答に置き換える（元に戻せます）',
  },
  noSolution: { en: 'This lesson has no solution to show.', ja: 'このレッスンには解答がありません。' },
  undo: { en: 'Undo', ja: '元に戻す' },
  dismiss: { en: 'Dismiss', ja: '閉じる' },
  resetDone: { en: 'Your files were reset to the starter files.', ja: 'ファイルを最初の状態に戻しました。' },
  solutionShown: { en: 'Your files were replaced by the solution.', ja: 'ファイルを解答に置き換えました。' },
  statusRunning: { en: 'Running…', ja: '実行中…' },
  statusLoadingPython: {
    en: 'Loading Python… (the first time takes a few seconds)',
    ja: 'Python を読み込み中…（初回は数秒かかります）',
  },
  statusOk: message<{ seconds: Shown }>({
    en: ({ seconds }) => `Finished in ${seconds}`,
    ja: ({ seconds }) => `${seconds} で終了しました`,
  }),
  statusError: message<{ seconds: Shown }>({
    en: ({ seconds }) => `Failed after ${seconds}: see the Console`,
    ja: ({ seconds }) => `${seconds} でエラー終了：コンソールを見てください`,
  }),
  statusStopped: message<{ seconds: Shown }>({
    en: ({ seconds }) => `Stopped after ${seconds}`,
    ja: ({ seconds }) => `${seconds} で停止しました`,
  }),
  statusTimeout: message<{ seconds: Shown }>({
    en: ({ seconds }) => `Stopped at the time limit (${seconds})`,
    ja: ({ seconds }) => `制限時間で停止しました（${seconds}）`,
  }),
  timeScale: message<{ x: Shown }>({
    en: ({ x }) => `Time ×${x}`,
    ja: ({ x }) => `時間 ×${x}`,
  }),
  timeScaleDetail: message<{ x: Shown }>({
    en: ({ x }) => `sleep(s) sleeps s × ${x} seconds in this page’s runs.`,
    ja: ({ x }) => `このページの実行では sleep(s) が s × ${x} 秒になります。`,
  }),
  draftNotSaved: {
    en: 'Your edits are not being saved: the browser’s storage is full or disabled.',
    ja: '編集内容を保存できません。ブラウザーのストレージが一杯か、無効になっています。',
  },

  // Editor
  files: { en: 'Files', ja: 'ファイル' },
  editorLabel: message<{ file: Shown }>({
    en: ({ file }) => `${file}, TypeScript editor`,
    ja: ({ file }) => `${file}、TypeScript エディター`,
  }),
  editorLoading: { en: 'Loading the editor…', ja: 'エディターを読み込んでいます…' },
  editorFailed: {
    en: 'The editor could not be loaded. Reload the page to try again.',
    ja: 'エディターを読み込めませんでした。ページを再読み込みしてください。',
  },
  reload: { en: 'Reload', ja: '再読み込み' },
  keyboardHint: message<{ tabFocus: Shown; run: Shown }>({
    en: ({ tabFocus, run }) =>
      `Keyboard: in the editor Tab indents; press ${tabFocus} to make Tab move focus instead. ${run} runs the program.`,
    ja: ({ tabFocus, run }) =>
      `キーボード: エディター内では Tab でインデントします。${tabFocus} を押すと Tab でフォーカスを移動できます。${run} で実行します。`,
  }),
  keyboardHintPython: message<{ tabFocus: Shown; run: Shown }>({
    en: ({ tabFocus, run }) =>
      `Keyboard: in the editor Tab indents; press ${tabFocus} to make Tab move focus instead. ${run} (or Run) runs this Python file; the TypeScript tabs run main.ts.`,
    ja: ({ tabFocus, run }) =>
      `キーボード: エディター内では Tab でインデントします。${tabFocus} を押すと Tab でフォーカスを移動できます。${run}（または実行ボタン）でこの Python ファイルを実行します。TypeScript のタブでは main.ts を実行します。`,
  }),
  pythonTab: { en: 'Python (the lab’s)', ja: 'Python（ラボの原典）' },
  pythonEditorLabel: message<{ file: Shown }>({
    en: ({ file }) => `${file}, Python editor`,
    ja: ({ file }) => `${file}、Python エディター`,
  }),

  // Console
  console: { en: 'Console', ja: 'コンソール' },
  consoleOutput: { en: 'Program output', ja: 'プログラムの出力' },
  clearConsole: { en: 'Clear', ja: 'クリア' },
  filterByProcess: { en: 'Show output of', ja: '表示するプロセス' },
  allProcesses: { en: 'All', ja: 'すべて' },
  consoleEmpty: { en: 'Output of your program appears here.', ja: 'プログラムの出力はここに表示されます。' },
  linesHidden: message<{ n: Shown }>({
    en: ({ n }) => `Earlier lines hidden to keep the page fast: ${n}`,
    ja: ({ n }) => `ページを軽く保つため、前の行を非表示にしています: ${n} 行`,
  }),
  errorStream: { en: 'error:', ja: 'エラー:' },
  errorAt: message<{ where: Shown }>({
    en: ({ where }) => `at ${where}`,
    ja: ({ where }) => `発生場所: ${where}`,
  }),
  errorDetails: { en: 'Stack trace', ja: 'スタックトレース' },
  jumpToLatest: { en: '↓ Latest output', ja: '↓ 最新の出力へ' },

  // Timeline
  timeline: { en: 'Timeline', ja: 'タイムライン' },
  timelineEmpty: {
    en: 'Run the program to see when each process ran which task.',
    ja: 'プログラムを実行すると、各プロセスがいつどのタスクを実行したかが表示されます。',
  },
  timelineSummary: message<{ processes: Shown; tasks: Shown; seconds: Shown }>({
    en: ({ processes, tasks, seconds }) => `Timeline: ${processes} processes, ${tasks} tasks, ${seconds}`,
    ja: ({ processes, tasks, seconds }) =>
      `タイムライン: プロセス ${processes} 個、タスク ${tasks} 個、${seconds}`,
  }),
  timelineMerged: message<{ tasks: Shown; bars: Shown; gap: Shown }>({
    en: ({ tasks, bars, gap }) =>
      `${tasks} tasks drawn as ${bars} bars: tasks of one process less than ${gap} apart are merged.`,
    ja: ({ tasks, bars, gap }) =>
      `${tasks} 個のタスクを ${bars} 本のバーで表示しています（同じプロセスで間隔が ${gap} 未満のタスクはまとめています）。`,
  }),
  elapsed: message<{ seconds: Shown }>({
    en: ({ seconds }) => `Elapsed: ${seconds}`,
    ja: ({ seconds }) => `経過時間: ${seconds}`,
  }),
  elapsedRunning: message<{ seconds: Shown }>({
    en: ({ seconds }) => `Elapsed: ${seconds} (running)`,
    ja: ({ seconds }) => `経過時間: ${seconds}（実行中）`,
  }),
  seconds: { en: 'seconds', ja: '秒' },
  processLifetimes: { en: 'Process alive', ja: 'プロセスの生存期間' },
  tasks: { en: 'Tasks', ja: 'タスク' },
  failedTasks: { en: 'Failed tasks', ja: '失敗したタスク' },
  lifetimeSpan: message<{ start: Shown; end: Shown }>({
    en: ({ start, end }) => `Alive ${start} – ${end}`,
    ja: ({ start, end }) => `生存 ${start} – ${end}`,
  }),
  stillRunning: { en: 'still running', ja: '実行中' },
  exitCode: message<{ code: Shown }>({
    en: ({ code }) => `exit code ${code}`,
    ja: ({ code }) => `終了コード ${code}`,
  }),
  taskFailed: { en: 'failed', ja: '失敗' },
  duration: message<{ seconds: Shown }>({
    en: ({ seconds }) => `Duration ${seconds}`,
    ja: ({ seconds }) => `所要時間 ${seconds}`,
  }),
  taskArguments: message<{ args: Shown }>({
    en: ({ args }) => `Arguments: ${args}`,
    ja: ({ args }) => `引数: ${args}`,
  }),
  mergedTasks: message<{ count: Shown; fn: Shown }>({
    en: ({ count, fn }) => `${count} tasks: ${fn}`,
    ja: ({ count, fn }) => `タスク ${count} 個: ${fn}`,
  }),
  busyTime: message<{ busy: Shown; span: Shown }>({
    en: ({ busy, span }) => `Busy ${busy} of ${span}`,
    ja: ({ busy, span }) => `${span} のうち ${busy} 実行`,
  }),

  // Charts
  charts: { en: 'Charts', ja: 'グラフ' },
  chartsEmpty: {
    en: 'Charts your program draws with "parallel/plot" appear here.',
    ja: '"parallel/plot" で描いたグラフはここに表示されます。',
  },
  figure: message<{ n: Shown }>({
    en: ({ n }) => `Figure ${n}`,
    ja: ({ n }) => `図 ${n}`,
  }),
  chartLoadFailed: {
    en: 'The chart library could not be loaded. Reload the page to try again.',
    ja: 'グラフ用ライブラリを読み込めませんでした。ページを再読み込みしてください。',
  },

  // Checks
  checks: { en: 'Checks', ja: 'チェック' },
  checksNotRun: {
    en: 'Run your program: the checks then say what works and what to change.',
    ja: 'プログラムを実行すると、できていることと直すべきことをチェックが教えてくれます。',
  },
  checksTypeScriptOnly: {
    en: 'This run is Python: the checks judge the exercise in the TypeScript program, not this run. Run main.ts (a TypeScript tab) to check your answer.',
    ja: 'これは Python の実行です。チェックは TypeScript のプログラムで演習を判定し、この実行は判定しません。答えを確かめるには TypeScript のタブで main.ts を実行してください。',
  },
  checksWaiting: { en: 'The checks run when the program ends.', ja: 'プログラムが終わるとチェックします。' },
  checksSummary: message<{ passed: Shown; total: Shown }>({
    en: ({ passed, total }) => `${passed} of ${total} checks passed`,
    ja: ({ passed, total }) => `${total} 件中 ${passed} 件のチェックに合格`,
  }),
  checkPassed: { en: 'Passed', ja: '合格' },
  checkFailed: { en: 'Not yet', ja: '未達成' },
  lessonComplete: { en: 'You completed this lesson.', ja: 'このレッスンは完了しています。' },
  lessonCompleteNow: {
    en: 'Every check passes: lesson complete!',
    ja: 'すべてのチェックに合格：レッスン完了です！',
  },
  // Files panel (the workspace in the browser's private file system)
  workspaceFiles: { en: 'Workspace files', ja: 'ワークスペースのファイル' },
  workspaceTree: { en: 'Files and folders', ja: 'ファイルとフォルダー' },
  filesEmpty: {
    en: 'No files yet. Files your program writes with "parallel/fs" appear here; you can also upload images.',
    ja: 'まだファイルはありません。"parallel/fs" で書いたファイルがここに表示されます。画像をアップロードすることもできます。',
  },
  filesNoWorkspace: {
    en: 'This browser can keep no files (it has neither a usable Origin Private File System nor IndexedDB), so there are no files to show. Use a current Chrome, Edge, Firefox or Safari.',
    ja: 'このブラウザーはファイルを保存できません（使える Origin Private File System も IndexedDB もありません）。そのため表示するファイルはありません。最新の Chrome、Edge、Firefox、Safari を使ってください。',
  },
  filesReadFailed: message<{ error: Shown }>({
    en: ({ error }) => `The files could not be read (${error}). Try Refresh.`,
    ja: ({ error }) => `ファイルを読み込めませんでした（${error}）。「更新」を押してください。`,
  }),
  refreshFiles: { en: 'Refresh', ja: '更新' },
  uploadImages: { en: 'Upload images', ja: '画像をアップロード' },
  uploadHint: message<{ bytes: Shown; megapixels: Shown }>({
    en: ({ bytes, megapixels }) =>
      `Drop PNG or JPEG images here, or use Upload images: they go into sample_images/ (up to ${bytes} and ${megapixels} megapixels each).`,
    ja: ({ bytes, megapixels }) =>
      `PNG や JPEG の画像をここにドロップするか、「画像をアップロード」を使ってください。sample_images/ に入ります（1 枚あたり ${bytes}、${megapixels} メガピクセルまで）。`,
  }),
  dropHere: {
    en: 'Drop to upload into sample_images/',
    ja: 'ドロップすると sample_images/ にアップロードします',
  },
  downloadAll: { en: 'Download all (.zip)', ja: 'すべてダウンロード（.zip）' },
  downloadFile: message<{ name: Shown }>({
    en: ({ name }) => `Download ${name}`,
    ja: ({ name }) => `${name} をダウンロード`,
  }),
  downloadFolder: message<{ name: Shown }>({
    en: ({ name }) => `Download ${name} as .zip`,
    ja: ({ name }) => `${name} を .zip でダウンロード`,
  }),
  deleteEntry: message<{ name: Shown }>({
    en: ({ name }) => `Delete ${name}`,
    ja: ({ name }) => `${name} を削除`,
  }),
  download: { en: 'Download', ja: 'ダウンロード' },
  deleteLabel: { en: 'Delete', ja: '削除' },
  fileCount: message<{ n: Shown }>({
    en: ({ n }) => `${n} files`,
    ja: ({ n }) => `${n} 個のファイル`,
  }),
  confirmDeleteFile: message<{ path: Shown }>({
    en: ({ path }) => `Delete ${path}? This cannot be undone.`,
    ja: ({ path }) => `${path} を削除しますか？元に戻せません。`,
  }),
  confirmDeleteFolder: message<{ path: Shown; n: Shown }>({
    en: ({ path, n }) => `Delete the folder ${path} and the ${n} files in it? This cannot be undone.`,
    ja: ({ path, n }) => `フォルダー ${path} と、その中の ${n} 個のファイルを削除しますか？元に戻せません。`,
  }),
  cancel: { en: 'Cancel', ja: 'キャンセル' },
  deleted: message<{ path: Shown }>({
    en: ({ path }) => `Deleted ${path}.`,
    ja: ({ path }) => `${path} を削除しました。`,
  }),
  deleteFailed: message<{ path: Shown; error: Shown }>({
    en: ({ path, error }) => `Could not delete ${path}: ${error}`,
    ja: ({ path, error }) => `${path} を削除できませんでした: ${error}`,
  }),
  zipFailed: message<{ error: Shown }>({
    en: ({ error }) => `Could not make the .zip file: ${error}`,
    ja: ({ error }) => `.zip ファイルを作れませんでした: ${error}`,
  }),
  preview: { en: 'Preview', ja: 'プレビュー' },
  previewNone: { en: 'Select a file to preview it.', ja: 'ファイルを選ぶとプレビューを表示します。' },
  previewUnavailable: message<{ name: Shown; size: Shown }>({
    en: ({ name, size }) => `${name} (${size}) has no preview: only images and small text files are shown.`,
    ja: ({ name, size }) =>
      `${name}（${size}）はプレビューできません。表示できるのは画像と小さなテキストファイルだけです。`,
  }),
  previewFailed: message<{ name: Shown; error: Shown }>({
    en: ({ name, error }) => `${name} could not be read: ${error}`,
    ja: ({ name, error }) => `${name} を読み込めませんでした: ${error}`,
  }),
  imageAlt: message<{ path: Shown }>({
    en: ({ path }) => `${path}, an image in the workspace`,
    ja: ({ path }) => `${path}（ワークスペースの画像）`,
  }),
  overwriteQuestion: message<{ name: Shown; other: Shown }>({
    en: ({ name, other }) =>
      `sample_images/${name} already exists. Replace it with the new file, keep both (the new one as ${other}), or cancel?`,
    ja: ({ name, other }) =>
      `sample_images/${name} はすでにあります。新しいファイルで置き換えるか、両方残すか（新しい方を ${other} にします）、キャンセルしますか？`,
  }),
  replace: { en: 'Replace', ja: '置き換える' },
  keepBoth: { en: 'Keep both', ja: '両方残す' },
  uploaded: message<{ path: Shown; width: Shown; height: Shown }>({
    en: ({ path, width, height }) => `Uploaded ${path} (${width}×${height}).`,
    ja: ({ path, width, height }) => `${path} をアップロードしました（${width}×${height}）。`,
  }),
  uploadCancelled: message<{ name: Shown }>({
    en: ({ name }) => `${name} was not uploaded: the existing file stays.`,
    ja: ({ name }) => `${name} はアップロードしませんでした。既存のファイルはそのままです。`,
  }),
  uploadFailed: message<{ name: Shown; error: Shown }>({
    en: ({ name, error }) => `${name} could not be saved: ${error}`,
    ja: ({ name, error }) => `${name} を保存できませんでした: ${error}`,
  }),
  uploadIsText: message<{ name: Shown }>({
    en: ({ name }) => `${name} is text, not an image: upload a PNG or JPEG file.`,
    ja: ({ name }) =>
      `${name} はテキストで、画像ではありません。PNG か JPEG のファイルをアップロードしてください。`,
  }),
  uploadIsEmpty: message<{ name: Shown }>({
    en: ({ name }) => `${name} is empty (0 bytes), not an image.`,
    ja: ({ name }) => `${name} は空（0 バイト）で、画像ではありません。`,
  }),
  uploadOtherFormat: message<{ name: Shown; format: Shown }>({
    en: ({ name, format }) =>
      `${name} is a ${format} file: only PNG and JPEG images can be used by "parallel/image".`,
    ja: ({ name, format }) =>
      `${name} は ${format} ファイルです。"parallel/image" で使えるのは PNG と JPEG の画像だけです。`,
  }),
  uploadUnknown: message<{ name: Shown }>({
    en: ({ name }) => `${name} is not an image: its first bytes are not those of a PNG or JPEG file.`,
    ja: ({ name }) => `${name} は画像ではありません。先頭のバイトが PNG や JPEG のものではありません。`,
  }),
  uploadBadHeader: message<{ name: Shown; format: Shown }>({
    en: ({ name, format }) =>
      `${name} starts like a ${format} file, but its header is damaged: its width and height cannot be read.`,
    ja: ({ name, format }) =>
      `${name} は ${format} ファイルのように始まりますが、ヘッダーが壊れていて幅と高さを読めません。`,
  }),
  uploadTooLarge: message<{ name: Shown; size: Shown; limit: Shown }>({
    en: ({ name, size, limit }) => `${name} is ${size}: the limit is ${limit} per file.`,
    ja: ({ name, size, limit }) => `${name} は ${size} です。1 ファイルあたり ${limit} までです。`,
  }),
  uploadTooManyPixels: message<{ name: Shown; width: Shown; height: Shown; megapixels: Shown; limit: Shown }>(
    {
      en: ({ name, width, height, megapixels, limit }) =>
        `${name} is ${width}×${height} pixels (${megapixels} megapixels): the limit is ${limit} megapixels, because every worker that filters it holds full copies of its pixels in memory.`,
      ja: ({ name, width, height, megapixels, limit }) =>
        `${name} は ${width}×${height} ピクセル（${megapixels} メガピクセル）です。上限は ${limit} メガピクセルです。フィルターをかける各ワーカーがピクセルの完全なコピーをメモリに持つためです。`,
    },
  ),
  bytes: message<{ n: Shown }>({
    en: ({ n }) => `${n} bytes`,
    ja: ({ n }) => `${n} バイト`,
  }),
  kilobytes: message<{ n: Shown }>({
    en: ({ n }) => `${n} KB`,
    ja: ({ n }) => `${n} KB`,
  }),
  megabytes: message<{ n: Shown }>({
    en: ({ n }) => `${n} MB`,
    ja: ({ n }) => `${n} MB`,
  }),
  gallery: {
    en: 'Gallery: processed images beside their originals',
    ja: 'ギャラリー: 処理した画像と元の画像',
  },
  galleryEmpty: {
    en: 'Images your program writes as NAME_FILTER.png in another folder appear here beside sample_images/NAME.png.',
    ja: '別のフォルダーに NAME_FILTER.png として書いた画像が、sample_images/NAME.png と並んでここに表示されます。',
  },
  galleryOriginal: message<{ path: Shown }>({
    en: ({ path }) => `Original: ${path}`,
    ja: ({ path }) => `元の画像: ${path}`,
  }),
  galleryProcessed: message<{ label: Shown; path: Shown }>({
    en: ({ label, path }) => `${label}: ${path}`,
    ja: ({ label, path }) => `${label}: ${path}`,
  }),
  galleryPairLabel: message<{ original: Shown; label: Shown }>({
    en: ({ original, label }) => `${original} and ${label}`,
    ja: ({ original, label }) => `${original} と ${label}`,
  }),
} satisfies Record<string, Record<Language, unknown>>;

export type TextKey = keyof typeof pageText;
/** The keys of texts that take no parameters. */
export type PlainTextKey = PlainKey<typeof pageText>;
export type TextParams<K extends TextKey> = ParamsOf<typeof pageText, K>;
