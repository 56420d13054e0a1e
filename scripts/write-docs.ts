/**
 * Writes the contract docs under `docs/`: `README.md` (index), `triggers/<slug>.md` (one page per
 * trigger), `rules.md`, `client-metadata.md`, `types.md`, and the README paragraph
 * `drafts/docs.md`. Everything is rendered by `src/docs/render.ts` from the registry, the
 * schemas, the generators (fixed seed), the rule catalog and the committed fixtures. Run
 * `npm run docs` after a change to any of them; `test/docs` fails while the committed files are
 * stale.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { renderDocs, type DocsInput } from '../src/docs/render.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The docs directory of this checkout. */
export const DOCS_DIR = join(ROOT, 'docs');

/** The committed fixtures the example events are read from. */
export const DOCS_INPUT: DocsInput = {
  readFixture: (file) => readFileSync(join(ROOT, 'fixtures', file), 'utf8'),
};

/** Every generated file, path relative to `docs/` → exact content. */
export function renderDocFiles(): Map<string, string> {
  return renderDocs(DOCS_INPUT);
}

/**
 * Writes the docs and removes stale trigger pages (a page whose slug left the registry); other
 * files under `docs/`, such as the drafts, are left alone. Returns the number of files written.
 */
export function writeDocs(dir: string = DOCS_DIR): number {
  const files = renderDocFiles();
  const triggersDir = join(dir, 'triggers');
  mkdirSync(triggersDir, { recursive: true });
  for (const name of readdirSync(triggersDir)) {
    if (name.endsWith('.md') && !files.has(`triggers/${name}`)) rmSync(join(triggersDir, name));
  }
  for (const [rel, content] of files) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return files.size;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const count = writeDocs();
  process.stdout.write(`wrote ${count} files under docs/\n`);
}
