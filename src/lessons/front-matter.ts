// Lesson prose starts with a small front matter block of `key: value` lines. Our own lessons are
// the only input, so a YAML parser would be weight without a job.
export interface FrontMatter {
  attributes: Record<string, string>;
  body: string;
}

export function parseFrontMatter(source: string): FrontMatter {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!match) return { attributes: {}, body: source };
  const attributes: Record<string, string> = {};
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    attributes[line.slice(0, colon).trim()] = line
      .slice(colon + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
  }
  return { attributes, body: source.slice(match[0].length) };
}
