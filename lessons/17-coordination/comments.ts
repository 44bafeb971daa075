import type { CommentTranslations } from '../../src/lessons/types';

export default {
  'Coordination: four workers add to one shared counter. Without a lock, updates get lost.':
    '協調：4 つのワーカーが 1 つの共有カウンターに加算する。ロックがないと、更新が失われる。',
  "The shared counter, handed to every worker once by the pool's initializer (as in lesson 8)":
    '共有カウンター。プールの initializer が各ワーカーに一度だけ渡す（レッスン 8 と同じ）',
  'Some work between reading and writing the counter: it widens the window in which another\nprocess can write in between (real code always does something there).':
    'カウンターの読み取りと書き込みの間の処理。ほかのプロセスが割り込んで書き込める隙間を広げる\n（実際のコードは、そこで必ず何かをしている）。',
  'Adds 1 to the shared counter `times` times; returns the value it wrote last.':
    '共有カウンターに 1 を `times` 回足し、最後に書いた値を返す。',
  'Exercise: hold counter.getLock() from the read to the write (acquire, try … finally release).':
    '演習：読み取りから書き込みまでの間、counter.getLock() を持とう（acquire し、try … finally で release する）。',
  read: '読み取り',
  'write: another process may have written in between':
    '書き込み：その間にほかのプロセスが書き込んだかもしれない',
  'Coordination: four workers add to one shared counter, under its lock: no update is lost.':
    '協調：4 つのワーカーが、ロックを持って 1 つの共有カウンターに加算する。更新は 1 つも失われない。',
  'Python: with counter.get_lock():': 'Python なら with counter.get_lock():',
  "Not one of the lab's scripts: this lesson's program in Python, exercise solved, for comparison.":
    'ラボのスクリプトではない。このレッスンのプログラムの Python 版で、演習は解いてある。比較のため。',
  "The shared counter, handed to every worker once by the pool's initializer (as in lesson 8):\na synchronized Value cannot be a task's argument":
    '共有カウンター。プールの initializer が各ワーカーに一度だけ渡す（レッスン 8 と同じ）。\n同期された Value はタスクの引数にできない',
  'without this, updates get lost': 'これがないと、更新が失われる',
  write: '書き込み',
  'the value this worker wrote last': 'このワーカーが最後に書いた値',
} satisfies CommentTranslations;
