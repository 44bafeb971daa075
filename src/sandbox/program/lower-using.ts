// `using` and `await using` for engines without them (JavaScriptCore: WebKit, Safari). Each block
// that declares one becomes the try/catch/finally the spec describes, calling the runtime's
// `disposal` (src/runtime/disposal.ts) through the program hooks:
//
//   { await using pool = new Pool(2); … }
//   { const $env = H.scope(); try { const pool = H.add($env, new Pool(2), true); … }
//     catch ($e) { $env.error = $e; $env.hasError = true; }
//     finally { const $r = H.dispose($env); if ($r) await $r; } }
//
// Every insertion goes on a line that is already there, so no line moves: stack traces and error
// markers still point at the learner's lines (compile.ts).
import { parse, type Node, type Program, type VariableDeclaration } from 'acorn';
import { usingHooksExpression as hooks } from '../../runtime/program/contract';

/** Why a declaration could not be rewritten, at which index of the code. */
export class CannotLowerUsing extends Error {
  override name = 'CannotLowerUsing';
  constructor(
    readonly index: number,
    readonly reason: 'top-level-declarations' | 'top-level-reference',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
  }
}

const helper = '__pl_using';

interface Insert {
  at: number;
  /** Replaces code up to here (a keyword), else inserts. */
  end?: number;
  text: string;
  /** Among edits at one index: lower first. Outer scopes open first and close last. */
  order: number;
}

interface Scope {
  /** Where the try block opens and closes. */
  open: number;
  close: number;
  /** A statement that is wrapped whole (a switch, a for) needs braces of its own around it. */
  wrap: boolean;
  depth: number;
  async: boolean;
}

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'range') continue;
    if (Array.isArray(value)) out.push(...value.filter(isNode));
    else if (isNode(value)) out.push(value);
  }
  return out;
}

function walk(node: Node, parents: Node[], visit: (node: Node, parents: Node[]) => void): void {
  visit(node, parents);
  parents.push(node);
  for (const child of children(node)) walk(child, parents, visit);
  parents.pop();
}

/** A labelled statement is wrapped with its labels, so `continue label` still finds its loop. */
function withLabels(node: Node, parents: Node[]): Node {
  let outer = node;
  for (let i = parents.length - 1; i >= 0 && parents[i]?.type === 'LabeledStatement'; i--) {
    outer = parents[i] as Node;
  }
  return outer;
}

function identifiers(node: Node): { name: string; start: number }[] {
  const found: { name: string; start: number }[] = [];
  walk(node, [], (n) => {
    if (n.type === 'Identifier')
      found.push({ name: (n as unknown as { name: string }).name, start: n.start });
  });
  return found;
}

/**
 * At the top of a module the try block runs from the first `using` to the end, so what is
 * declared there moves into it: allowed only when nothing outside could see the difference.
 */
function programScope(program: Program, first: Node): void {
  const region = program.body.slice(program.body.findIndex((statement) => statement.start >= first.start));
  const blocked = region.find((s) =>
    [
      'ImportDeclaration',
      'ExportNamedDeclaration',
      'ExportDefaultDeclaration',
      'ExportAllDeclaration',
      'FunctionDeclaration',
      'ClassDeclaration',
    ].includes(s.type),
  );
  if (blocked) throw new CannotLowerUsing(first.start, 'top-level-declarations', blocked.type);
  const declared = new Set<string>();
  for (const statement of region) {
    if (statement.type !== 'VariableDeclaration') continue;
    for (const d of (statement as VariableDeclaration).declarations) {
      for (const id of identifiers(d.id)) declared.add(id.name);
    }
  }
  const seen = identifiers(program).find((id) => id.start < first.start && declared.has(id.name));
  if (seen) throw new CannotLowerUsing(first.start, 'top-level-reference', seen.name);
}

/** Rewrites every `using` / `await using` declaration of `code` (JavaScript, a module). */
export function lowerUsing(code: string): string {
  if (!/\busing\b/.test(code)) return code;
  const program = parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowHashBang: true });
  const scopes = new Map<Node, Scope>();
  const edits: Insert[] = [];
  let count = 0;
  const names = new Map<Scope, number>();
  const scopeOf = (node: Node, open: number, close: number, wrap: boolean, depth: number) => {
    let scope = scopes.get(node);
    if (!scope) {
      scope = { open, close, wrap, depth, async: false };
      scopes.set(node, scope);
      names.set(scope, ++count);
    }
    return scope;
  };

  walk(program, [], (node, parents) => {
    if (node.type !== 'VariableDeclaration') return;
    const declaration = node as VariableDeclaration;
    if (declaration.kind !== 'using' && declaration.kind !== 'await using') return;
    const async = declaration.kind === 'await using';
    const parent = parents.at(-1) as Node;
    const depth = parents.length;
    const first = declaration.declarations[0] as Node;
    edits.push({ at: declaration.start, end: first.start, text: 'const ', order: 0 });

    if (parent.type === 'ForOfStatement') {
      // A new resource each time round: the body becomes a block that adds and ends it.
      const body = (parent as unknown as { body: Node }).body;
      const scope = scopeOf(body, body.start, body.end, true, depth);
      scope.async ||= async;
      const name = (first as unknown as { id: { name: string } }).id.name;
      edits.push({
        at: body.start,
        text: `${helper}.add(__pl_env${names.get(scope)}, ${name}, ${async}); `,
        order: 1,
      });
      return;
    }

    let scope: Scope;
    if (parent.type === 'BlockStatement' || parent.type === 'StaticBlock') {
      // A static block's node starts at the keyword `static`.
      scope = scopeOf(parent, code.indexOf('{', parent.start) + 1, parent.end - 1, false, depth);
    } else if (parent.type === 'Program') {
      if (!scopes.has(parent)) programScope(program, declaration);
      scope = scopeOf(parent, declaration.start, program.end, false, depth);
    } else {
      // `for (using x = …; …)`, or a `case` of a switch: the statement itself is the scope.
      const statement = parent.type === 'SwitchCase' ? (parents.at(-2) as Node) : parent;
      const outer = withLabels(statement, parents.slice(0, parents.indexOf(statement)));
      scope = scopeOf(statement, outer.start, outer.end, true, depth);
    }
    scope.async ||= async;
    for (const declarator of declaration.declarations) {
      if (!declarator.init) continue;
      edits.push({
        at: declarator.init.start,
        text: `${helper}.add(__pl_env${names.get(scope)}, `,
        order: 0,
      });
      edits.push({ at: declarator.init.end, text: `, ${async})`, order: 0 });
    }
  });

  for (const [scope, n] of names) {
    const env = `__pl_env${n}`;
    const end = scope.async
      ? `const __pl_r${n} = ${helper}.dispose(${env}); if (__pl_r${n}) await __pl_r${n};`
      : `${helper}.dispose(${env});`;
    edits.push({
      at: scope.open,
      text: `${scope.wrap ? '{ ' : ''}const ${env} = ${helper}.scope(); try { `,
      order: -1000 + scope.depth,
    });
    edits.push({
      at: scope.close,
      text:
        ` } catch (__pl_e${n}) { ${env}.error = __pl_e${n}; ${env}.hasError = true; }` +
        ` finally { ${end} }${scope.wrap ? ' }' : ''}`,
      order: 1000 - scope.depth,
    });
  }

  edits.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let last = 0;
  for (const edit of edits) {
    out += code.slice(last, edit.at) + edit.text;
    last = edit.end ?? edit.at;
  }
  out += code.slice(last);
  // On the first line, so no line moves.
  return `const ${helper} = ${hooks}; ${out}`;
}
