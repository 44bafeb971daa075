import { inspect } from './format';

/** A short, one-line view of a task's arguments, for the timeline's tooltip. */
export function summarizeArgs(args: unknown[]): string {
  const text = args.map((a) => inspect(a, 2, new Set(), true)).join(', ');
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
