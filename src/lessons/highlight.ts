// highlight.js with only the languages lessons show: TypeScript in the prose, Python in the
// prose and in the lab's original files.
import hljs from 'highlight.js/lib/core';
import typescript from 'highlight.js/lib/languages/typescript';
import python from 'highlight.js/lib/languages/python';

hljs.registerLanguage('typescript', typescript);
hljs.registerLanguage('ts', typescript);
hljs.registerLanguage('python', python);
hljs.registerLanguage('py', python);

/** `code` as highlighted HTML (escaped), or null when the language is not one of ours. */
export function highlight(code: string, language: string | undefined): string | null {
  return language && hljs.getLanguage(language) ? hljs.highlight(code, { language }).value : null;
}
