// Monaco's light and dark themes, matched to the page: the same background as the panels
// around the editor, and comments dark or light enough to read (Monaco's own dark theme draws
// comments below the 4.5:1 contrast text needs, and lessons say a lot in comments).
import { monaco } from './monaco';

export const lightTheme = 'parallel-lab-light';
export const darkTheme = 'parallel-lab-dark';

let defined = false;

export function defineThemes(): void {
  if (defined) return;
  defined = true;
  monaco.editor.defineTheme(lightTheme, {
    base: 'vs',
    inherit: true,
    rules: [{ token: 'comment', foreground: '1a7f37' }],
    colors: { 'editor.background': '#ffffff' },
  });
  monaco.editor.defineTheme(darkTheme, {
    base: 'vs-dark',
    inherit: true,
    rules: [{ token: 'comment', foreground: '8b949e' }],
    colors: { 'editor.background': '#0d1117', 'editorGutter.background': '#0d1117' },
  });
}

export function themeFor(dark: boolean): string {
  return dark ? darkTheme : lightTheme;
}
