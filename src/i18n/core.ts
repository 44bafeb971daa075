// The one i18n core: the learner's languages, and how a message is defined in both of them. The
// runtime's error messages (src/runtime/messages.ts) and the page's text (src/ui/i18n/page-text.ts)
// are tables of these messages; a message's parameters are checked where it is used, so a
// misspelt or missing parameter is a type error, never "{error}" on screen.

export type Language = 'en' | 'ja';
export const languages: readonly Language[] = ['en', 'ja'];

export function isLanguage(value: unknown): value is Language {
  return languages.includes(value as Language);
}

/** Text in one language: plain when the message has no parameters, else made from them. */
type Text<P extends object> = keyof P extends never ? string | (() => string) : (params: P) => string;

/** One message, in every language, taking parameters `P`. */
export type Message<P extends object = Record<never, never>> = { readonly [L in Language]: Text<P> };

/**
 * Defines a message with parameters `P`: `message<{ path: string }>({ en: ({ path }) => …, ja: … })`.
 * A message without parameters may be written as plain text: `{ en: 'Run', ja: '実行' }`.
 */
export function message<P extends object = Record<never, never>>(texts: Message<P>): Message<P> {
  return texts;
}

/** The parameters a message of `T` takes, as an argument list: none, or one object. */
export type ParamsOf<T, K extends keyof T> = T[K] extends { en: (params: infer P) => string }
  ? unknown extends P
    ? []
    : keyof P extends never
      ? []
      : [params: P]
  : [];

/** The keys of `T` whose messages take no parameters. */
export type PlainKey<T> = { [K in keyof T]: ParamsOf<T, K> extends [] ? K : never }[keyof T];

/** The text of message `key` of `table` in `language`. */
export function textOf<T extends object, K extends keyof T>(
  table: T,
  key: K,
  language: Language,
  ...params: ParamsOf<T, K>
): string {
  const text = (table[key] as Record<Language, string | ((params: unknown) => string)>)[language];
  return typeof text === 'string' ? text : text((params as unknown[])[0]);
}
