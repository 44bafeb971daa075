// Fails when a relative link in the README or docs/ points at a file the repo does not have:
// the docs must read on their own, from a clone with nothing beside it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const pages = ['README.md', 'BENCHMARKS.md'];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.md')) pages.push(path);
  }
};
walk('docs');

const broken = [];
for (const page of pages) {
  const text = readFileSync(page, 'utf8');
  for (const [, target] of text.matchAll(/\]\(([^)\s#]+)(?:#[^)]*)?\)/g)) {
    if (/^[a-z]+:/i.test(target)) continue; // https:, mailto: …
    if (!existsSync(join(dirname(page), target))) broken.push(`${page}: ${target}`);
  }
}
if (broken.length) {
  console.error(`Links to files that are not in the repo:\n  ${broken.join('\n  ')}`);
  process.exit(1);
}
console.log(`Doc links: ${pages.length} pages, every relative link resolves.`);
