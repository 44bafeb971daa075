import type { CommentTranslations } from '../../src/lessons/types';

export default {
  "Not one of the lab's scripts: ours, to measure the lab's table of processes and threads in\nthe browser. The same CPU-bound function runs four times: one call after another, then as four\nasync tasks on this one thread. Then four tasks that only wait.":
    'ラボのスクリプトではなく、ラボの「プロセスとスレッドの比較表」をブラウザで測るために私たちが書いたもの。\n同じ CPU バウンドな関数を 4 回実行する。まず 1 回ずつ順番に、次にこの 1 本のスレッドの\n4 つの非同期タスクとして。最後に、待つだけのタスクを 4 つ実行する。',
  'Pure arithmetic: while it runs, nothing else runs on this thread':
    '純粋な計算：これが動いている間、このスレッドではほかに何も動かない',
  'An async task starts at once, and the others run whenever it awaits. Counting never awaits,\nso each task runs to its end before the next one goes on.':
    '非同期タスクはすぐに始まり、ほかのタスクはそのタスクが await したときに動く。数える処理は一度も\nawait しないので、各タスクは最後まで動いてから次のタスクに順番が回る。',
  'let the other tasks start, as a thread switch would':
    'スレッドの切り替えのように、ほかのタスクを始めさせる',
  'Waiting without blocking: a timer stands for a network request or a disk':
    'ブロックせずに待つ：タイマーはネットワークのリクエストやディスクの代わり',
  'Exercise: run the four counts in a pool of 2 worker processes (new Pool(2) and\npool.map(countPrimes, limits)), and print `Pool of 2 workers: […] in … seconds` as above.':
    '演習：4 回の数え上げを、2 つのワーカープロセスのプール（new Pool(2) と\npool.map(countPrimes, limits)）で実行し、上と同じように `Pool of 2 workers: […] in … seconds` を表示しよう。',
  "Not one of the lab's scripts: ours, to measure the lab's table of processes and threads.\nThe same CPU-bound function runs four times: one call after another, in four threads, and in a\npool of two processes. The threads take as long as the plain loop: only the thread that holds\nthe GIL (Global Interpreter Lock) runs Python code. The processes each have their own\ninterpreter and their own GIL, so two of them really run at once. Waiting is different: a\nthread that sleeps lets go of the GIL, so four threads can wait at the same time.":
    'ラボのスクリプトではなく、ラボの「プロセスとスレッドの比較表」を測るために私たちが書いたもの。\n同じ CPU バウンドな関数を 4 回実行する。1 回ずつ順番に、4 つのスレッドで、そして 2 つのプロセスの\nプールで。スレッドは普通のループと同じだけ時間がかかる。Python のコードを実行できるのは\nGIL（グローバルインタプリタロック）を持っているスレッドだけだからだ。プロセスはそれぞれ自分の\nインタプリタと自分の GIL を持つので、2 つが本当に同時に動く。待つ場合は違う。スリープしている\nスレッドは GIL を手放すので、4 つのスレッドが同時に待てる。',
  'Pure Python arithmetic: the thread running it holds the GIL the whole time':
    '純粋な Python の計算：これを実行しているスレッドは、その間ずっと GIL を持っている',
  'Runs func(x) for every input, each in its own thread, and returns the results in order':
    '入力ごとに別々のスレッドで func(x) を実行し、結果を入力の順に返す',
  'stands for waiting on a disk or a network': 'ディスクやネットワークを待つ代わり',
  "Not one of the lab's scripts: ours, to measure the lab's table of processes and threads in\nthe browser, with the counts also run in a pool of two worker processes.":
    'ラボのスクリプトではなく、ラボの「プロセスとスレッドの比較表」をブラウザで測るために私たちが書いたもの。\n数え上げを 2 つのワーカープロセスのプールでも実行する。',
  'Each worker has its own thread and its own core: two counts really run at once':
    'ワーカーはそれぞれ自分のスレッドと自分のコアを持つ：2 つの数え上げが本当に同時に動く',
} satisfies CommentTranslations;
