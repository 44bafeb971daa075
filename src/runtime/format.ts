// How console.log shows values: readable like Node's util.inspect, but Python-flavoured where
// learners compare with the lab ([1, 4, 9] rather than [ 1, 4, 9 ]).
import { errorText } from './errors';

const maxItems = 100;
const maxDepth = 3;

function formatKey(key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
}

function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : String(n);
}

function items(values: Iterable<unknown>, size: number, depth: number, seen: Set<object>): string {
  const shown: string[] = [];
  for (const value of values) {
    if (shown.length === maxItems) break;
    shown.push(inspect(value, depth + 1, seen, true));
  }
  if (size > maxItems) shown.push(`... ${size - maxItems} more items`);
  return shown.join(', ');
}

export function inspect(value: unknown, depth = 0, seen = new Set<object>(), nested = false): string {
  switch (typeof value) {
    case 'string':
      return nested ? `'${value.replace(/'/g, "\\'")}'` : value;
    case 'number':
      return formatNumber(value);
    case 'bigint':
      return `${value}n`;
    case 'function':
      return `[Function: ${value.name || '(anonymous)'}]`;
    case 'symbol':
      return value.toString();
    case 'undefined':
      return 'undefined';
    case 'boolean':
      return String(value);
  }
  if (value === null) return 'null';
  const object = value as object;
  if (seen.has(object)) return '[Circular]';
  if (object instanceof Error) return errorText(object);
  if (object instanceof Date) return object.toISOString();
  if (object instanceof RegExp) return String(object);
  if (depth > maxDepth) return Array.isArray(object) ? '[Array]' : '[Object]';
  seen.add(object);
  try {
    if (Array.isArray(object)) return `[${items(object, object.length, depth, seen)}]`;
    if (ArrayBuffer.isView(object) && !(object instanceof DataView)) {
      const typed = object as unknown as ArrayLike<number> & Iterable<number>;
      return `${object.constructor.name}(${typed.length}) [${items(typed, typed.length, depth, seen)}]`;
    }
    if (object instanceof Map) {
      const entries = [...object]
        .slice(0, maxItems)
        .map(([k, v]) => `${inspect(k, depth + 1, seen, true)} => ${inspect(v, depth + 1, seen, true)}`);
      return `Map(${object.size}) {${entries.length ? ` ${entries.join(', ')} ` : ''}}`;
    }
    if (object instanceof Set)
      return `Set(${object.size}) {${object.size ? ` ${items(object, object.size, depth, seen)} ` : ''}}`;
    if (
      object instanceof ArrayBuffer ||
      (typeof SharedArrayBuffer === 'function' && object instanceof SharedArrayBuffer)
    ) {
      return `${object.constructor.name} { byteLength: ${object.byteLength} }`;
    }
    const entries = Object.entries(object);
    const name = object.constructor && object.constructor !== Object ? `${object.constructor.name} ` : '';
    if (entries.length === 0) return `${name}{}`;
    const shown = entries
      .slice(0, maxItems)
      .map(([k, v]) => `${formatKey(k)}: ${inspect(v, depth + 1, seen, true)}`);
    if (entries.length > maxItems) shown.push(`... ${entries.length - maxItems} more`);
    return `${name}{ ${shown.join(', ')} }`;
  } finally {
    seen.delete(object);
  }
}

/** console.log's arguments as one line: a first string may hold %s %d %i %f %o %O %j. */
export function formatLog(args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first === 'string' && /%[sdifoOj%]/.test(first)) {
    const remaining = [...rest];
    const text = first.replace(/%([sdifoOj%])/g, (match, spec: string) => {
      if (spec === '%') return '%';
      if (remaining.length === 0) return match;
      const arg = remaining.shift();
      if (spec === 's') return typeof arg === 'string' ? arg : inspect(arg);
      if (spec === 'd' || spec === 'i')
        return formatNumber(spec === 'i' ? Math.trunc(Number(arg)) : Number(arg));
      if (spec === 'f') return formatNumber(Number(arg));
      if (spec === 'j') return JSON.stringify(arg);
      return inspect(arg, 0, new Set(), true);
    });
    return [text, ...remaining.map((a) => inspect(a))].join(' ');
  }
  return args.map((a) => inspect(a)).join(' ');
}

/** A short, one-line view of some values (a task's arguments), for error messages. */
export function inspectArgs(args: unknown[]): string {
  const text = args.map((a) => inspect(a, 2, new Set(), true)).join(', ');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
