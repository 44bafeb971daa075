import { beforeAll, describe, expect, it } from 'vitest';
import { CannotLowerUsing, lowerUsing } from './lower-using';
import { compile, engineHasUsing } from './compile';
import { installProgramHooks } from '../../runtime/worker/program-hooks';

// Each program runs twice in this Chromium, which has `using` itself: as written, and as the
// compile step rewrites it for JavaScriptCore. Both must log the same events: what ran, what was
// disposed in which order, and which errors came out (SuppressedError chains included).
const prelude = `
export const log = [];
export function res(name, o = {}) {
  return {
    name,
    [Symbol.dispose]() { log.push('dispose ' + name); if (o.fail) throw new Error('dispose ' + name + ' failed'); },
  };
}
export function ares(name, o = {}) {
  return {
    name,
    async [Symbol.asyncDispose]() { await null; log.push('async dispose ' + name); if (o.fail) throw new Error('async dispose ' + name + ' failed'); },
  };
}
export function describe(e) {
  if (e && e.name === 'SuppressedError') return 'Suppressed(' + describe(e.error) + ' over ' + describe(e.suppressed) + ')';
  return e instanceof Error ? e.name + ': ' + e.message : String(e);
}
`;

const cases: Record<string, string> = {
  'disposes in reverse order at the end of the block': `
    { using a = res('a'); using b = res('b'), c = res('c'); log.push('body'); }
    log.push('after');`,
  'disposes when the body throws, and the error comes out': `
    try { using a = res('a'); throw new Error('body failed'); } catch (e) { log.push(describe(e)); }`,
  'a disposal error over a body error is a SuppressedError, chained per resource': `
    try {
      using a = res('a', { fail: true }); using b = res('b', { fail: true });
      throw new Error('body failed');
    } catch (e) { log.push(describe(e)); }`,
  'a disposal error alone is thrown as it is': `
    try { using a = res('a', { fail: true }); log.push('body'); } catch (e) { log.push(describe(e)); }`,
  'return and break run the disposals first; a disposal error replaces the return': `
    function f() { using a = res('a'); return 'returned'; }
    function g() { using a = res('a', { fail: true }); return 'returned'; }
    log.push(f());
    try { log.push(g()); } catch (e) { log.push(describe(e)); }
    for (let i = 0; i < 3; i++) { using r = res('r' + i); if (i === 1) break; log.push('loop ' + i); }`,
  'null and undefined are skipped; a value without [Symbol.dispose] or a number is a TypeError': `
    { using a = null; using b = undefined; log.push('nothing to dispose'); }
    try { using x = {}; } catch (e) { log.push(e.name); }
    try { using x = 42; } catch (e) { log.push(e.name); }`,
  'await using waits for each async disposal, in reverse order, mixed with sync ones': `
    { await using a = ares('a'); using b = res('b'); await using c = ares('c'); log.push('body'); }
    log.push('after');`,
  'await using of a value with only Symbol.dispose uses it; its throw rejects': `
    try { await using a = res('a', { fail: true }); log.push('body'); } catch (e) { log.push(describe(e)); }`,
  'async disposal errors chain as SuppressedError': `
    try {
      await using a = ares('a', { fail: true }); await using b = ares('b', { fail: true });
      throw new Error('body failed');
    } catch (e) { log.push(describe(e)); }`,
  'await using null still awaits once when the block ends': `
    let ticked = false;
    Promise.resolve().then(() => { ticked = true; });
    { await using a = null; log.push('ticked inside: ' + ticked); }
    log.push('ticked after: ' + ticked);`,
  'for-of with using disposes each value after its turn': `
    for (using r of [res('x'), res('y')]) log.push('body ' + r.name);
    for (await using r of [ares('p'), ares('q')]) { log.push('body ' + r.name); }`,
  'a labelled for with using keeps its label': `
    let i = 0;
    outer: for (using r = res('loop'); i < 3; i++) { if (i === 1) continue outer; log.push('i ' + i); }`,
  'nested blocks dispose inner first': `
    { using a = res('outer'); { using b = res('inner'); log.push('inner body'); } log.push('outer body'); }`,
  'a class static block': `
    class C { static { using a = res('static'); log.push('in static block'); } }`,
  'at the top level of a module, at the end of the module': `
    await using top = ares('top');
    using second = res('second');
    const later = 'declared after';
    log.push('body ' + later);`,
};

async function runModule(code: string): Promise<string[]> {
  const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
  const module = (await import(/* @vite-ignore */ url)) as { log: string[] };
  URL.revokeObjectURL(url);
  return module.log;
}

beforeAll(() => installProgramHooks(null));

describe('lowerUsing', () => {
  it('runs in an engine that has `using` itself, so the two can be compared', () => {
    expect(engineHasUsing).toBe(true);
  });

  for (const [name, body] of Object.entries(cases)) {
    it(name, async () => {
      const code = prelude + body;
      const lowered = lowerUsing(code);
      expect(lowered).not.toMatch(/\busing\s+[a-z]/);
      expect(lowered.split('\n').length).toBe(code.split('\n').length);
      const native = await runModule(code);
      expect(native.length).toBeGreaterThan(0);
      expect(await runModule(lowered)).toEqual(native);
    });
  }

  it('keeps every statement on its line', () => {
    const code = `function f() {\n  using a = res('a');\n  return new Error('here').stack;\n}\n`;
    const lowered = lowerUsing(code).split('\n');
    expect(lowered[2]).toContain(`return new Error('here').stack;`);
    expect(lowered[1]).toContain(`res('a')`);
  });

  it('refuses a top-level using that exports or declares functions after it, saying what is in the way', () => {
    expect(() => lowerUsing(`using a = res();\nexport function f() {}`)).toThrow(CannotLowerUsing);
    expect(() => lowerUsing(`function show() { return r; }\nusing a = res();\nconst r = 1;`)).toThrow(
      /top-level-reference: r/,
    );
  });

  it('is what compile() does when asked, with a clear error in each language when it cannot', () => {
    const source = `if (import.meta.main) {\n  await using pool: Pool = new Pool(2);\n}\n`;
    expect(compile('main.ts', source, { lowerUsing: true })).toContain('.add(__pl_env1, new Pool(2), true)');
    expect(compile('main.ts', source)).toContain('await using pool = new Pool(2)');
    const topLevel = `await using pool = new Pool(2);\nexport function work() {}\n`;
    expect(() => compile('main.ts', topLevel, { lowerUsing: true })).toThrow(
      /main\.ts:1:1: .*Put it in a block/,
    );
    expect(() => compile('main.ts', topLevel, { lowerUsing: true, language: 'ja' })).toThrow(
      /ブロックに入れて/,
    );
  });
});
