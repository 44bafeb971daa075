import type { Check } from '../../src/lessons/types';
import type { OutputLine } from '../../src/sandbox/report';
import { verdict } from '../../src/lessons/check-kit';
import { MAIN, allAfter, findText, showTasks, tasksMaking, tasksOf } from '../check-helpers';

// The lab's four calls: (task_id, duration, data) with a list, returning sum(data) * task_id.
const calls = [
  [1, 2, [1, 2, 3]],
  [2, 1, [4, 5, 6]],
  [3, 3, [7, 8, 9]],
  [4, 2, [10, 11, 12]],
].map(([id, duration, data]) => ({
  args: [id as number, duration as number, data as number[]],
  result: (data as number[]).reduce((a, b) => a + b, 0) * (id as number),
}));

const check: Check = (report) => {
  const tasks = tasksOf(report, 'processTask');
  const [t1, t2, t3, t4] = tasksMaking(tasks, calls) ?? [];
  const line = (text: string) => findText(report, text, MAIN);
  const result1 = line('Result 1: 6');
  const result2 = line('Result 2: 30');
  const result3 = line('Result 3: 72');
  const result4 = line('Result 4: 132');
  const background = line('Tasks are running in the background...');
  const callback = (value: number): OutputLine | undefined => line(`Callback: ${value}`);
  const [cb3, cb4] = [callback(72), callback(132)];
  return [
    verdict(
      'apply-blocks',
      t1 !== undefined &&
        t2 !== undefined &&
        t2.start >= t1.end &&
        allAfter([result1], t1.end) &&
        allAfter([result2], t2.end),
      {
        en: 'apply sent (1, 2, [1, 2, 3]) and then (2, 1, [4, 5, 6]), one after the other, and printed what each returned: 6, then 30.',
        ja: 'apply は (1, 2, [1, 2, 3])、続いて (2, 1, [4, 5, 6]) を順番に送り、それぞれの戻り値 6 と 30 を表示しました。',
      },
      {
        en: `Keep the lab's two apply calls, with a list as the third argument: processTask(1, 2, [1, 2, 3]) then processTask(2, 1, [4, 5, 6]), printing "Result 1: 6" and "Result 2: 30" as each returns. The tasks found: ${showTasks(tasks)}.`,
        ja: `ラボの 2 回の apply 呼び出し（3 番目の引数はリスト）を残しましょう。processTask(1, 2, [1, 2, 3])、続いて processTask(2, 1, [4, 5, 6]) を実行し、それぞれが返るたびに "Result 1: 6" と "Result 2: 30" を表示します。見つかったタスク: ${showTasks(tasks)}。`,
      },
    ),
    verdict(
      'async-overlap',
      t3 !== undefined &&
        t4 !== undefined &&
        Math.min(t3.end, t4.end) > Math.max(t3.start, t4.start) &&
        background !== undefined &&
        background.t < Math.min(t3.end, t4.end),
      {
        en: 'applyAsync returned at once: tasks 3 and 4 ran side by side while the main process went on.',
        ja: 'applyAsync はすぐに戻り、メインプロセスが先へ進む間にタスク 3 と 4 が並んで実行されました。',
      },
      {
        en: 'Tasks 3 and 4 should run at the same time, and "Tasks are running in the background..." should be printed before they finish: start both with applyAsync before awaiting either get().',
        ja: 'タスク 3 と 4 は同時に実行され、"Tasks are running in the background..." はそれらが終わる前に表示されるはずです。どちらかの get() を await する前に、両方を applyAsync で開始しましょう。',
      },
    ),
    verdict(
      'callbacks',
      t3 !== undefined &&
        t4 !== undefined &&
        cb3 !== undefined &&
        cb4 !== undefined &&
        allAfter([cb3], t3.end) &&
        allAfter([cb4], t4.end) &&
        cb4.t <= cb3.t,
      {
        en: "Each callback printed its task's result as it arrived, in completion order: Callback: 132 (task 4, the shorter) before Callback: 72.",
        ja: 'コールバックはそれぞれ、タスクの結果が届いたときにそれを表示しました。終わった順なので、Callback: 132（短いタスク 4）が Callback: 72 より先です。',
      },
      {
        en: 'Expected "Callback: 132" and then "Callback: 72" from the main process, each after its task had returned that value: pass { callback: (result) => console.log(`Callback: ${result}`) } to both applyAsync calls.',
        ja: 'メインプロセスから "Callback: 132"、続いて "Callback: 72" が、それぞれのタスクがその値を返した後に表示されるはずです。両方の applyAsync に { callback: (result) => console.log(`Callback: ${result}`) } を渡しましょう。',
      },
    ),
    verdict(
      'asked-order',
      t3 !== undefined &&
        t4 !== undefined &&
        result3 !== undefined &&
        result4 !== undefined &&
        result3.t <= result4.t &&
        allAfter([result3, result4], Math.max(t3.end, t4.end)),
      {
        en: 'get() returned the results in the order asked for: Result 3: 72, then Result 4: 132.',
        ja: 'get() は頼んだ順に結果を返しました。Result 3: 72、続いて Result 4: 132 です。',
      },
      {
        en: 'Print "Result 3: 72" and then "Result 4: 132" with what the two get() calls return.',
        ja: '2 回の get() が返した値で "Result 3: 72"、続いて "Result 4: 132" を表示しましょう。',
      },
    ),
  ];
};

export default check;
