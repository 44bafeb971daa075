import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as tasks from '../fixtures/tasks';
import { startTestRun, type TestRun } from '../test-support';
import {
  SharedArray,
  Pool,
  kill,
  partial,
  _,
  TimeoutError,
  WorkerLostError,
  PicklingError,
  MaybeEncodingError,
  RemoteTraceback,
} from '../index';
import { taskBounds } from '../events';

const tasksUrl = new URL('../fixtures/tasks.ts', import.meta.url).href;
let run: TestRun;

beforeEach(() => {
  run = startTestRun({ [tasksUrl]: tasks }, { timeScale: 1 });
});
afterEach(() => run.close());

describe('map and starmap', () => {
  test('map keeps the input order', async () => {
    await using pool = new Pool(2);
    expect(await pool.map(tasks.square, [1, 2, 3, 4, 5, 6, 7])).toEqual([1, 4, 9, 16, 25, 36, 49]);
  });

  test('starmap spreads each argument list', async () => {
    await using pool = new Pool(2);
    expect(
      await pool.starmap(tasks.add, [
        [1, 2],
        [3, 4],
        [5, 6],
      ]),
    ).toEqual([3, 7, 11]);
  });

  test("the default chunksize is Python's: ceil(n / (4 × processes))", async () => {
    await using pool = new Pool(2);
    await pool.map(
      tasks.identity,
      Array.from({ length: 10 }, (_, i) => i),
    );
    await run.settle();
    const chunks = run.events.filter((e) => e.type === 'tasks');
    // 10 tasks on 2 workers: chunksize 2, so 5 chunks of 2 tasks
    expect(chunks.map((c) => c.bounds.length - 1)).toEqual([2, 2, 2, 2, 2]);
  });

  test('an explicit chunksize is honoured', async () => {
    await using pool = new Pool(2);
    await pool.map(tasks.identity, [1, 2, 3, 4, 5, 6, 7], 3);
    await run.settle();
    const sizes = run.events.flatMap((e) => (e.type === 'tasks' ? [e.bounds.length - 1] : []));
    expect(sizes.sort()).toEqual([1, 3, 3]);
  });

  test("a long chunk of tiny tasks sends its clock's readings, which give a span per task; a short one a bound per task", async () => {
    await using pool = new Pool(1);
    await pool.map(
      tasks.identity,
      Array.from({ length: 5000 }, (_, i) => i),
      5000,
    );
    await pool.map(tasks.identity, [1, 2, 3], 3);
    await run.settle();
    const [long, short] = run.events.flatMap((e) => (e.type === 'tasks' ? [e] : []));
    expect(long?.marks?.at(-1), 'the last reading ends the last task').toBe(5000);
    expect(long?.bounds.length, 'a reading per group of tasks').toBeLessThan(100);
    const bounds = taskBounds(long?.bounds as Float64Array, long?.marks);
    expect(bounds).toHaveLength(5001);
    expect(bounds.every((t, i) => i === 0 || t >= (bounds[i - 1] as number))).toBe(true);
    expect(short?.marks).toBeUndefined();
    expect(short?.bounds).toHaveLength(4);
  });

  test('an empty iterable gives [] at once', async () => {
    await using pool = new Pool(1);
    expect(await pool.map(tasks.square, [])).toEqual([]);
    expect(await pool.mapAsync(tasks.square, []).get(0)).toEqual([]);
    const seen: number[] = [];
    for await (const x of pool.imap(tasks.square, [])) seen.push(x);
    for await (const x of pool.imapUnordered(tasks.square, [])) seen.push(x);
    expect(seen).toEqual([]);
  });

  test('an iterable that throws rejects with that same error, and the pool stays usable', async () => {
    await using pool = new Pool(2);
    const failure = new SyntaxError('bad input file');
    function* broken() {
      yield 1;
      throw failure;
    }
    await expect(pool.map(tasks.square, broken())).rejects.toBe(failure);
    expect(await pool.map(tasks.square, [3])).toEqual([9]);
  });

  test('async task functions are awaited', async () => {
    await using pool = new Pool(2);
    expect(await pool.map(tasks.later, [1, 2])).toEqual([10, 20]);
  });
});

describe('numbers packed once per map (wire/numbers.ts)', () => {
  const range = (n: number) => Array.from({ length: n }, (_, i) => i);

  test('every number arrives exactly: NaN, -0, ±Infinity, fractions, past 2^53', async () => {
    expect(crossOriginIsolated, 'the page has shared memory, so the map packs into it').toBe(true);
    await using pool = new Pool(2);
    const odd = [NaN, -0, Infinity, -Infinity, 0.1 + 0.2, -1e-310, 2 ** 53 + 2, Number.MAX_VALUE];
    const items = [...range(40), ...odd, ...range(40)];
    const results = await pool.map(tasks.identity, items, 7);
    expect(results).toHaveLength(items.length);
    results.forEach((value, i) => expect(Object.is(value, items[i]), `item ${i}`).toBe(true));
  });

  test("imap's chunks of numbers, packed one by one, arrive in order", async () => {
    await using pool = new Pool(2);
    const seen: number[] = [];
    for await (const x of pool.imap(tasks.square, range(100), 20)) seen.push(x);
    expect(seen).toEqual(range(100).map((x) => x * x));
  });

  test('one-task chunks sent many to a message each get their own span, the failed one its failedAt', async () => {
    await using pool = new Pool(1);
    const items = range(300).map((i) => 2 * i);
    items[250] = 501;
    const seen: number[] = [];
    await expect(
      (async () => {
        for await (const x of pool.imap(tasks.failIfOdd, items)) seen.push(x);
      })(),
    ).rejects.toMatchObject({ message: 'odd item 501' });
    expect(seen).toEqual(items.slice(0, 250));
    await run.settle();
    const spans = run.events.flatMap((e) => (e.type === 'tasks' ? [e] : []));
    expect(spans.length).toBeGreaterThanOrEqual(251);
    let end = 0;
    for (const span of spans) {
      expect(span.fn).toBe('failIfOdd');
      expect(span.bounds).toHaveLength(2);
      // One worker ran them one after the other, in the order they are reported.
      expect(span.bounds[0]).toBeGreaterThanOrEqual(end);
      expect(span.bounds[1]).toBeGreaterThanOrEqual(span.bounds[0] as number);
      end = span.bounds[1] as number;
    }
    expect(end).toBeGreaterThan(spans[0]?.bounds[0] as number);
    expect(spans.filter((span) => span.failedAt === 0)).toHaveLength(1);
    expect(spans.filter((span) => span.failedAt === -1).length).toBe(spans.length - 1);
  });

  test('a mixed array of numbers and objects keeps each item as it was', async () => {
    await using pool = new Pool(2);
    const items: unknown[] = range(50);
    items[33] = { n: 33 };
    items[45] = '45';
    expect(await pool.map(tasks.identity, items)).toEqual(items);
  });

  test('a huge array keeps its order across chunks', async () => {
    await using pool = new Pool(2);
    const items = range(300_000);
    const squares = await pool.map(tasks.square, items);
    expect(squares).toHaveLength(300_000);
    expect(squares.every((value, i) => value === i * i)).toBe(true);
  });

  test('results that are not numbers come back as they are', async () => {
    await using pool = new Pool(2);
    const labels = await pool.map(partial(tasks.apply3, _, 1, 2), range(40));
    expect(labels).toEqual(range(40).map((x) => tasks.apply3(x, 1, 2)));
  });

  test('a chunk whose results turn from numbers to other values mid-way keeps each as it was', async () => {
    await using pool = new Pool(2);
    const items: unknown[] = [...range(20), 'twenty', 21, { n: 22 }, ...range(40).slice(23)];
    expect(await pool.map(tasks.identity, items, 40)).toEqual(items);
  });

  test('a task that throws mid-chunk fails the map with its error', async () => {
    await using pool = new Pool(2);
    const items = range(64).map((i) => 2 * i);
    items[37] = 75;
    await expect(pool.map(tasks.failIfOdd, items, 64)).rejects.toMatchObject({
      name: 'InventoryError',
      message: 'odd item 75',
    });
    expect(await pool.map(tasks.square, range(20))).toEqual(range(20).map((x) => x * x));
  });

  test("the run records a packed map's arguments and results, in memory of their own", async () => {
    await using pool = new Pool(1);
    await pool.map(tasks.square, range(32), 16);
    await run.settle();
    const records = run.events.flatMap((e) => (e.type === 'tasks' && e.records ? [e.records] : []));
    expect(records.map((r) => Array.from(r.args as Float64Array))).toEqual([range(16), range(32).slice(16)]);
    expect(Array.from(records[1]?.results as Float64Array)).toEqual(
      range(32)
        .slice(16)
        .map((x) => x * x),
    );
    for (const r of records) expect((r.args as Float64Array).buffer).toBeInstanceOf(ArrayBuffer);
  });
});

describe('pool size and state', () => {
  test('new Pool(0) and new Pool(-1) throw RangeError', () => {
    expect(() => new Pool(0)).toThrow(RangeError);
    expect(() => new Pool(-1)).toThrow(/at least 1 process/);
  });

  test('any call after close() or terminate() says the pool is not running', async () => {
    const closed = new Pool(1);
    closed.close();
    await expect(closed.map(tasks.square, [1])).rejects.toThrow(/not running.*closed/);
    expect(() => closed.applyAsync(tasks.square, [1])).toThrow(/not running/);
    await closed.join();
    const terminated = new Pool(1);
    terminated.terminate();
    expect(() => terminated.imap(tasks.square, [1])).toThrow(/not running.*terminated/);
    await terminated.join();
  });

  test('terminate() with 10 000 queued tasks returns, and join() resolves', async () => {
    const pool = new Pool(2);
    const result = pool.mapAsync(
      tasks.nap,
      Array.from({ length: 10_000 }, () => 0.01),
      { chunksize: 1 },
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = performance.now();
    pool.terminate();
    await pool.join();
    expect(performance.now() - before).toBeLessThan(1000);
    await expect(result.get()).rejects.toThrow(/terminated/);
  });

  test('close() lets queued tasks finish, then join() resolves', async () => {
    const pool = new Pool(2);
    const result = pool.mapAsync(tasks.square, [1, 2, 3]);
    pool.close();
    await pool.join();
    expect(await result.get()).toEqual([1, 4, 9]);
  });

  test('join() before close() is refused, as in Python', async () => {
    await using pool = new Pool(1);
    await expect(pool.join()).rejects.toThrow(/close\(\) or terminate\(\) first/);
  });

  test('await using terminates the pool at the end of the block', async () => {
    let kept: Pool | null = null;
    {
      await using pool = new Pool(1);
      kept = pool;
      expect(await pool.apply(tasks.square, [4])).toBe(16);
    }
    expect(() => kept?.applyAsync(tasks.square, [1])).toThrow(/terminated/);
  });
});

describe('async results', () => {
  test('applyAsync calls callback exactly once with the result', async () => {
    await using pool = new Pool(1);
    const seen: number[] = [];
    const result = pool.applyAsync(tasks.add, [2, 3], {
      callback: (v) => seen.push(v),
      errorCallback: () => seen.push(-1),
    });
    expect(await result.get()).toBe(5);
    expect(result.ready()).toBe(true);
    expect(result.successful()).toBe(true);
    expect(seen).toEqual([5]);
  });

  test('errorCallback is called exactly once, for the whole map', async () => {
    await using pool = new Pool(2);
    const errors: unknown[] = [];
    const result = pool.mapAsync(tasks.failIfOdd, [1, 3, 5, 7], {
      chunksize: 1,
      errorCallback: (e) => errors.push(e),
      callback: () => errors.push('ok'),
    });
    await result.wait();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(errors).toHaveLength(1);
    expect(result.successful()).toBe(false);
  });

  test('get(timeout) rejects with TimeoutError while the task keeps running', async () => {
    await using pool = new Pool(1);
    const result = pool.applyAsync(tasks.nap, [0.4]);
    await expect(result.get(0.05)).rejects.toBeInstanceOf(TimeoutError);
    expect(result.ready()).toBe(false);
    expect(typeof (await result.get(5))).toBe('number');
  });

  test('an AsyncResult can be awaited directly', async () => {
    await using pool = new Pool(1);
    expect(await pool.applyAsync(tasks.square, [7])).toBe(49);
  });
});

describe('imap', () => {
  test('imap yields in input order, streaming', async () => {
    await using pool = new Pool(2);
    const order: number[] = [];
    const arrivals: number[] = [];
    const start = performance.now();
    for await (const pid of pool.imap(tasks.nap, [0.3, 0.05, 0.05, 0.05])) {
      order.push(pid);
      arrivals.push(performance.now() - start);
    }
    expect(order).toHaveLength(4);
    // the first result (0.3 s) comes before the last task could have ended if run in order
    expect(arrivals[0]).toBeLessThan(arrivals[3] ?? 0);
  });

  test('imapUnordered yields in completion order', async () => {
    await using pool = new Pool(2);
    const seen: number[] = [];
    for await (const v of pool.imapUnordered(tasks.identity, [1, 2, 3])) seen.push(v);
    expect(seen.sort()).toEqual([1, 2, 3]);
    const slowFirst: number[] = [];
    for await (const pid of pool.imapUnordered(tasks.nap, [0.3, 0.01])) slowFirst.push(pid);
    await run.settle();
    expect(slowFirst).toHaveLength(2);
  });

  test('imapUnordered gives the short task first', async () => {
    await using pool = new Pool(2);
    const results: number[] = [];
    for await (const v of pool.imapUnordered(tasks.later, [1])) results.push(v);
    const order: string[] = [];
    const timed = pool.imapUnordered(tasks.nap, [0.3, 0.01]);
    const first = await timed.next();
    order.push(String(first.value));
    expect(results).toEqual([10]);
    expect(first.done).toBe(false);
  });
});

describe('imap reads its input as the workers need it', () => {
  /** Endless, but a pool that tried to read it all fails the test instead of hanging the page. */
  function endless(stats: { read: number; cleanedUp: boolean }) {
    return (function* () {
      try {
        for (let i = 0; ; i++) {
          if (i > 100_000) throw new Error('read far ahead of the caller');
          stats.read = i + 1;
          yield i;
        }
      } finally {
        stats.cleanedUp = true;
      }
    })();
  }

  for (const [method, chunksize] of [
    ['imap', 1],
    ['imap', 7],
    ['imapUnordered', 1],
    ['imapUnordered', 7],
  ] as const) {
    test(`${method}, chunksize ${chunksize}: an endless generator streams; break, then terminate`, async () => {
      const pool = new Pool(2);
      const stats = { read: 0, cleanedUp: false };
      const seen: number[] = [];
      for await (const x of pool[method](tasks.square, endless(stats), chunksize)) {
        seen.push(x);
        if (seen.length === 50) break;
      }
      if (method === 'imap') expect(seen).toEqual(Array.from({ length: 50 }, (_, i) => i * i));
      else expect(seen.every((x) => Number.isInteger(Math.sqrt(x)))).toBe(true);
      expect(stats.cleanedUp).toBe(true); // break returned the generator: its finally ran
      const before = performance.now();
      pool.terminate();
      await pool.join();
      expect(performance.now() - before).toBeLessThan(1000);
    });
  }

  test('a caller that stops taking results stops the reading (bounded look-ahead)', async () => {
    await using pool = new Pool(2);
    const stats = { read: 0, cleanedUp: false };
    const results = pool.imap(tasks.square, endless(stats));
    expect(await results.next()).toEqual({ done: false, value: 0 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const readWhileIdle = stats.read;
    expect(readWhileIdle).toBeLessThan(5000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(stats.read).toBe(readWhileIdle);
    // and reading resumes as the caller takes results again
    for (let i = 1; i < readWhileIdle + 100; i++) expect((await results.next()).value).toBe(i * i);
    expect(stats.read).toBeGreaterThan(readWhileIdle + 100);
    await results.return?.();
  });

  for (const chunksize of [1, 2]) {
    test(`a generator that throws midway rejects with that same error, chunksize ${chunksize}; the pool stays usable`, async () => {
      await using pool = new Pool(2);
      const failure = new SyntaxError('bad line 4');
      function* lines() {
        yield 1;
        yield 2;
        yield 3;
        throw failure;
      }
      const seen: number[] = [];
      const error = await (async () => {
        for await (const x of pool.imap(tasks.square, lines(), chunksize)) seen.push(x);
      })().catch((e: unknown) => e);
      expect(error).toBe(failure);
      // Python reads a chunk whole before sending it: a chunk cut short by the error is not run.
      expect(seen).toEqual(chunksize === 1 ? [1, 4, 9] : [1, 4]);
      const unordered = await (async () => {
        for await (const x of pool.imapUnordered(tasks.square, lines(), chunksize)) void x;
      })().catch((e: unknown) => e);
      expect(unordered).toBe(failure);
      const again: number[] = [];
      for await (const x of pool.imap(tasks.square, [5, 6])) again.push(x);
      expect(again).toEqual([25, 36]);
    });
  }

  test('breaking out early leaves the pool usable, and close() then join() resolves', async () => {
    const pool = new Pool(2);
    for await (const x of pool.imap(
      tasks.square,
      Array.from({ length: 5000 }, (_, i) => i),
    )) {
      if (x >= 4) break;
    }
    expect(await pool.map(tasks.square, [7, 8])).toEqual([49, 64]);
    pool.close();
    await pool.join();
  });

  test('an imap still reading fails with the terminate error, instead of waiting forever', async () => {
    const pool = new Pool(1);
    const results = pool.imap(
      tasks.nap,
      (function* () {
        for (;;) yield 0.01;
      })(),
    );
    await results.next();
    pool.terminate();
    await pool.join();
    await expect(
      (async () => {
        for (;;) if ((await results.next()).done) return 'ended quietly';
      })(),
    ).rejects.toThrow(/terminated/);
  });
});

describe('initializer and maxTasksPerChild', () => {
  test('initializer(...initargs) runs once in each worker before its first task', async () => {
    await using pool = new Pool(2, { initializer: tasks.remember, initargs: ['shared', 42] });
    const seen = await pool.map(tasks.recalled, [1, 2, 3, 4], 1);
    expect(seen).toEqual([[...['shared', 42]], ['shared', 42], ['shared', 42], ['shared', 42]]);
  });

  test('maxTasksPerChild replaces workers (new pids) without losing a task', async () => {
    await using pool = new Pool(2, { maxTasksPerChild: 2 });
    const pids = await pool.map(
      tasks.nap,
      Array.from({ length: 8 }, () => 0.01),
      1,
    );
    expect(pids).toHaveLength(8);
    expect(new Set(pids).size).toBeGreaterThanOrEqual(4);
    for (const pid of new Set(pids)) expect(pids.filter((p) => p === pid).length).toBeLessThanOrEqual(2);
  });
});

describe('functions by reference and partial', () => {
  test('a partial is sent as it is at each call: its bound arguments may have changed', async () => {
    await using pool = new Pool(1);
    const bound = [1, 2];
    const echo = partial(tasks.identity<number[]>, bound);
    expect(await pool.apply(echo)).toEqual([1, 2]);
    bound.push(3);
    expect(await pool.apply(echo)).toEqual([1, 2, 3]);
  });

  test('an arrow function is refused at the call with the fix', async () => {
    await using pool = new Pool(1);
    await expect(pool.map((x: number) => x * 2, [1])).rejects.toThrow(PicklingError);
    await expect(pool.map((x: number) => x * 2, [1])).rejects.toThrow(/top-level export/);
  });

  test('a closure and a bound method are refused and named', async () => {
    await using pool = new Pool(1);
    function double(x: number) {
      return x * 2;
    }
    await expect(pool.map(double, [1])).rejects.toThrow(/"double"/);
    const counter = {
      n: 1,
      get(x: number) {
        return x + this.n;
      },
    };
    expect(() => pool.applyAsync(counter.get.bind(counter), [1])).toThrow(/bound method "get"/);
  });

  test('partial binds leading arguments and _ holds a place', async () => {
    await using pool = new Pool(2);
    expect(await pool.map(partial(tasks.apply3, 1, 2), [3, 4])).toEqual(['1-2-3', '1-2-4']);
    expect(await pool.map(partial(tasks.apply3, _, 10, 5), [7])).toEqual(['7-10-5']);
    expect(await pool.map(partial(partial(tasks.apply3, 1), 2), [9])).toEqual(['1-2-9']);
  });

  test('a partial of a closure is refused', async () => {
    await using pool = new Pool(1);
    const local = (a: number, b: number) => a + b;
    await expect(pool.map(partial(local, 1), [1])).rejects.toThrow(PicklingError);
  });
});

describe('errors', () => {
  test("a task's error keeps its class, fields and the remote stack as cause", async () => {
    await using pool = new Pool(1);
    const error = await pool.apply(tasks.failIfOdd, [3]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(tasks.InventoryError);
    expect(error).toMatchObject({ name: 'InventoryError', message: 'odd item 3', item: 'item-3' });
    const cause = (error as Error).cause;
    expect(cause).toBeInstanceOf(RemoteTraceback);
    expect((cause as Error).stack).toContain('failIfOdd');
    expect((cause as Error).stack).toContain('tasks.ts');
  });

  test('results that need the wire handlers arrive as themselves: shared memory, an error, a function', async () => {
    await using pool = new Pool(1);
    const [array, error, fn] = await pool.apply(tasks.makeShared, [3]);
    expect(array).toBeInstanceOf(SharedArray);
    expect(array.get(0)).toBe(7);
    array.set(1, 9);
    expect(error).toBeInstanceOf(tasks.InventoryError);
    expect(error.item).toBe('item-7');
    expect(fn).toBe(tasks.square);
    const [mapped] = await pool.map(tasks.makeShared, [2]);
    expect(mapped?.[0]).toBeInstanceOf(SharedArray);
  });

  test('built-in error classes survive', async () => {
    await using pool = new Pool(1);
    await expect(pool.apply(tasks.throwRange)).rejects.toBeInstanceOf(RangeError);
  });

  test('an unclonable argument names where it sits, and the pool keeps its workers (20 times)', async () => {
    await using pool = new Pool(2);
    const pidsBefore = pool.pids;
    for (let i = 0; i < 20; i++) {
      await expect(pool.apply(tasks.identity, [1, { callback: Symbol('x') }] as never)).rejects.toThrow(
        /args\[1\]\.callback/,
      );
      await expect(pool.map(tasks.identity, [1, new WeakMap()])).rejects.toThrow(/iterable\[1\]/);
    }
    expect(pool.pids).toEqual(pidsBefore);
    expect(await pool.map(tasks.square, [2])).toEqual([4]);
  });

  test('an unclonable result gives MaybeEncodingError, 20 times, and the pool keeps its workers', async () => {
    await using pool = new Pool(2);
    const pidsBefore = pool.pids;
    for (let i = 0; i < 20; i++) {
      await expect(pool.apply(tasks.returnsFunction)).rejects.toBeInstanceOf(MaybeEncodingError);
    }
    expect(pool.pids).toEqual(pidsBefore);
    expect(await pool.apply(tasks.square, [3])).toBe(9);
  });
});

describe('one task at a time (apply, imap chunksize 1)', () => {
  test("a function's later calls go as flat one-task messages; its result comes back flat, and an error, a promise's result or an unsendable result as they did", async () => {
    // The tags of the task messages posted to and received from the pool's workers.
    const tags: string[] = [];
    const { postMessage, addEventListener } = Worker.prototype;
    const heard = new WeakSet<Worker>();
    Worker.prototype.postMessage = function (
      this: Worker,
      message: unknown,
      options?: StructuredSerializeOptions,
    ) {
      if (Array.isArray(message)) tags.push(`out ${String(message[0])}`);
      postMessage.call(this, message, options);
    } as Worker['postMessage'];
    Worker.prototype.addEventListener = function (
      this: Worker,
      ...args: Parameters<Worker['addEventListener']>
    ) {
      if (args[0] === 'message' && !heard.has(this)) {
        heard.add(this);
        addEventListener.call(this, 'message', (({ data }: MessageEvent<unknown>) => {
          if (Array.isArray(data)) tags.push(`back ${String(data[0])}`);
        }) as EventListener);
      }
      addEventListener.apply(this, args);
    } as Worker['addEventListener'];
    const results: unknown[] = [];
    const whole = 'out parallel-lab:tasks, back parallel-lab:tasks';
    const flat = 'out parallel-lab:task, back parallel-lab:task';
    const flatOut = 'out parallel-lab:task, back parallel-lab:tasks';
    try {
      await using pool = new Pool(1);
      /** The messages one call sent and got; its result, or its error's name, goes to `results`. */
      const messagesOf = async (call: () => Promise<unknown>) => {
        tags.length = 0;
        results.push(await call().catch((error: unknown) => (error as Error).name));
        return tags.join(', ');
      };
      expect(await messagesOf(() => pool.apply(tasks.square, [3]))).toBe(whole);
      expect(await messagesOf(() => pool.apply(tasks.square, [4]))).toBe(flat);
      expect(await messagesOf(() => pool.apply(tasks.failIfOdd, [2]))).toBe(whole);
      expect(await messagesOf(() => pool.apply(tasks.failIfOdd, [3]))).toBe(flatOut);
      expect(await messagesOf(() => pool.apply(tasks.later, [1]))).toBe(whole);
      expect(await messagesOf(() => pool.apply(tasks.later, [2]))).toBe(flat);
      expect(await messagesOf(() => pool.apply(tasks.returnsFunction))).toBe(whole);
      expect(await messagesOf(() => pool.apply(tasks.returnsFunction))).toBe(flatOut);
      // Values that need the wire handlers (shared memory) go flat too.
      expect(await messagesOf(() => pool.apply(tasks.makeShared, [2]))).toBe(whole);
      const shared = (results.at(-1) as [SharedArray])[0];
      expect(await messagesOf(() => pool.apply(tasks.identity, [shared]))).toBe(whole);
      expect(await messagesOf(() => pool.apply(tasks.identity, [shared]))).toBe(flat);
    } finally {
      Object.assign(Worker.prototype, { postMessage, addEventListener });
    }
    expect(results.slice(0, 8)).toEqual([
      9,
      16,
      2,
      'InventoryError',
      10,
      20,
      'MaybeEncodingError',
      'MaybeEncodingError',
    ]);
    expect(results.slice(9)).toEqual([expect.any(SharedArray), expect.any(SharedArray)]);
    // Every call has its span on the timeline, under its function's name.
    await run.settle();
    const spans = run.events.flatMap((e) => (e.type === 'tasks' ? [[e.fn, e.bounds.length]] : []));
    const names = ['square', 'failIfOdd', 'later', 'returnsFunction'].flatMap((fn) => [fn, fn]);
    expect(spans).toEqual([...names, 'makeShared', 'identity', 'identity'].map((fn) => [fn, 2]));
  });
});

describe('worker death', () => {
  test('a worker that closes itself fails its task with WorkerLostError, and is replaced', async () => {
    await using pool = new Pool(2);
    const before = pool.pids;
    // How soon the pool notices is the liveness lock's business, not a timer's: no time is asserted
    // (a busy machine took 1.9 s), only that the task fails as lost and the pool goes on.
    const error = await pool.apply(tasks.closeItself).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerLostError);
    expect((error as Error).message).toMatch(/pid \d+.*closeItself/);
    expect(pool.pids).toHaveLength(2);
    expect(pool.pids).not.toEqual(before);
    expect(await pool.map(tasks.square, [1, 2, 3])).toEqual([1, 4, 9]);
  });

  test('a worker killed from outside mid-task fails that task with WorkerLostError and is replaced', async () => {
    await using pool = new Pool(1);
    const started = new SharedArray('i', 1);
    const long = pool.applyAsync(tasks.signalThenNap, [started, 5]);
    while (started.get(0) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    const victim = pool.pids[0] ?? -1;
    kill(victim);
    const error = await long.get().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkerLostError);
    expect((error as Error).message).toContain(`pid ${victim}`);
    expect(pool.pids).not.toContain(victim);
    expect(await pool.map(tasks.square, [5])).toEqual([25]);
  });

  // An out-of-memory crash cannot be staged here: in Chromium (156, headless) a worker's V8
  // heap OOM is fatal to the whole renderer process ("V8 javascript OOM (CALL_AND_RETRY_LAST)"
  // in blink's v8_oom.cc), so the page dies with the worker and there is nobody left to tell;
  // and ArrayBuffers live outside the V8 heap (8 GB of them allocated without an error). What
  // such a death looks like from the pool is a worker that stops mid-task with no chance to run
  // any code: a raw Worker.terminate(), behind the pool's back (kill() reports the death itself).
  // Only the worker's liveness lock can tell the pool. Chromium stops a terminated worker that is
  // busy (running script, or blocked in Atomics.wait) only about 2 s later (measured: 2.0 s),
  // and frees its locks then: that, not the pool, sets the bound.
  /** A pool, and its workers as the browser sees them (the pool never shows them). */
  function poolWithItsWorkers(processes: number): { pool: Pool; workers: Worker[] } {
    const workers: Worker[] = [];
    const RealWorker = globalThis.Worker;
    globalThis.Worker = class extends RealWorker {
      constructor(...args: ConstructorParameters<typeof Worker>) {
        super(...args);
        workers.push(this);
      }
    };
    try {
      return { pool: new Pool(processes), workers };
    } finally {
      globalThis.Worker = RealWorker;
    }
  }

  test('a worker that stops dead mid-task is noticed by its liveness lock as soon as it is gone', async () => {
    const { pool, workers } = poolWithItsWorkers(1);
    try {
      const started = new SharedArray('i', 1);
      const stuck = pool.applyAsync(tasks.signalThenSpin, [started]);
      while (started.get(0) === 0) await new Promise((resolve) => setTimeout(resolve, 10));
      const victim = pool.pids[0] ?? -1;
      const before = performance.now();
      workers[0]?.terminate();
      const error = await stuck.get(5).catch((e: unknown) => e);
      expect(performance.now() - before).toBeLessThan(3000);
      expect(error).toBeInstanceOf(WorkerLostError);
      expect((error as Error).message).toMatch(
        new RegExp(`PoolWorker-\\d+ \\(pid ${victim}\\) died while running signalThenSpin\\(`),
      );
      expect(pool.pids).toHaveLength(1);
      expect(pool.pids).not.toContain(victim);
      expect(await pool.apply(tasks.square, [5])).toBe(25);
    } finally {
      pool.terminate();
    }
  });
});
