// A report's value summaries (report.ts `Value`) as short text, written as the learner would
// write the values: the timeline's tooltips show each task's arguments so.
import type { Value } from './report';

const maxLength = 80;

type Tagged = { [key: string]: Value };

function isTagged(value: Tagged, ...keys: string[]): boolean {
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((key) => key in value);
}

function fieldsText(fields: Value): string {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return text(fields);
  const entries = Object.entries(fields).map(([key, value]) =>
    key === '…'
      ? text(value)
      : `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${text(value)}`,
  );
  return entries.length ? `{ ${entries.join(', ')} }` : '{}';
}

function text(value: Value): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value.replace(/'/g, "\\'")}'`;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map(text).join(', ')}]`;
  const tagged = value as Tagged;
  if (isTagged(tagged, 'more')) return `… ${text(tagged.more as Value)} more`;
  if (isTagged(tagged, 'undefined')) return 'undefined';
  if (isTagged(tagged, 'number')) return String(tagged.number);
  if (isTagged(tagged, 'bigint')) return `${String(tagged.bigint)}n`;
  if (isTagged(tagged, 'symbol')) return `Symbol(${String(tagged.symbol)})`;
  if (isTagged(tagged, 'placeholder')) return '_';
  if (isTagged(tagged, 'circular')) return '[Circular]';
  if (isTagged(tagged, 'lock')) return 'Lock';
  if (isTagged(tagged, 'queue')) return 'Queue';
  if (isTagged(tagged, 'function')) return String(tagged.function);
  if (isTagged(tagged, 'shared', 'length')) {
    return `SharedArray('${String(tagged.shared)}', ${String(tagged.length)})`;
  }
  if (isTagged(tagged, 'partial', 'args', 'keywords')) {
    const keywords = tagged.keywords as Tagged;
    const bound = [
      ...(tagged.args as Value[]).map(text),
      ...(Object.keys(keywords).length ? [fieldsText(keywords)] : []),
    ];
    return `partial(${[String(tagged.partial), ...bound].join(', ')})`;
  }
  if (isTagged(tagged, 'typed', 'length', 'values')) {
    return `${String(tagged.typed)}(${String(tagged.length)}) ${text(tagged.values as Value)}`;
  }
  if (isTagged(tagged, 'error', 'message')) return `${String(tagged.error)}: ${String(tagged.message)}`;
  if (isTagged(tagged, 'object', 'fields'))
    return `${String(tagged.object)} ${fieldsText(tagged.fields as Value)}`;
  return fieldsText(tagged);
}

/** A task's arguments on one line, cut to about 80 characters. */
export function argsText(args: readonly Value[]): string {
  const line = args.map(text).join(', ');
  return line.length > maxLength ? `${line.slice(0, maxLength - 3)}...` : line;
}
