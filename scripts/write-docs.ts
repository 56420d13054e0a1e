/**
 * Writes the contract docs under `docs/`: `README.md` (index), `triggers/<slug>.md` (one page per
 * trigger), `rules.md`, `client-metadata.md`, `types.md`, and the README paragraph
 * `drafts/docs.md`. Everything is rendered by `src/docs/render.ts` from the registry, the
 * schemas, the generators (fixed seed), the rule catalog and the committed fixtures. Run
 * `npm run docs` after a change to any of them; `test/docs` fails while the committed files are
 * stale. `npm run docs -- --check` only compares, and exits 1 naming the stale files.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DOCS_COMMAND, renderDocs, renderReadmeTriggerLinks, type DocsInput } from '../src/docs/render.js';
import { renderRuleTable } from '../src/rules/catalog.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The docs directory of this checkout. */
export const DOCS_DIR = join(ROOT, 'docs');

/** The directory under `docs/` that the generator owns entirely (a file it does not render there is stale). */
export const GENERATED_SUBDIR = 'triggers';

/** The committed fixtures the example events are read from. */
export const DOCS_INPUT: DocsInput = {
  readFixture: (file) => readFileSync(join(ROOT, 'fixtures', file), 'utf8'),
};

/** The repository README, whose sections between `<!-- BEGIN GENERATED: name -->` markers are generated. */
export const README_PATH = join(ROOT, 'README.md');

/** The README's generated sections, by marker name. */
export function renderReadmeSections(): Record<string, string> {
  return { triggers: renderReadmeTriggerLinks(), rules: renderRuleTable() };
}

/**
 * `text` with every generated section replaced by its rendering. Throws when a marker pair is
 * missing, so a README edit cannot silently drop a generated table.
 *
 * @example
 * fillReadme('a\n<!-- BEGIN GENERATED: x -->\nold\n<!-- END GENERATED: x -->\n', { x: 'new\n' })
 */
export function fillReadme(text: string, sections: Readonly<Record<string, string>> = renderReadmeSections()): string {
  let out = text;
  for (const [name, body] of Object.entries(sections)) {
    const begin = `<!-- BEGIN GENERATED: ${name} -->`;
    const end = `<!-- END GENERATED: ${name} -->`;
    const i = out.indexOf(begin);
    const j = out.indexOf(end);
    if (i === -1 || j === -1 || j < i) throw new Error(`README.md lacks the markers ${begin} … ${end}`);
    out = `${out.slice(0, i + begin.length)}\n${body.endsWith('\n') ? body : `${body}\n`}${out.slice(j)}`;
  }
  return out;
}

/** Every generated file, path relative to `docs/` → exact content. */
export function renderDocFiles(): Map<string, string> {
  return renderDocs(DOCS_INPUT);
}

/** One difference between the rendered docs and what is on disk. */
export interface StaleDoc {
  /** Path relative to `docs/`. */
  readonly file: string;
  readonly problem: 'missing' | 'differs' | 'not generated';
}

/**
 * The generated files that are missing or differ on disk, and the files under the generator's
 * own directory (`triggers/`) that it no longer renders. Hand-written files elsewhere under
 * `docs/` (guides, drafts) are not looked at.
 *
 * @example
 * staleDocs(renderDocFiles()) // [] when the committed docs are fresh
 */
export function staleDocs(rendered: ReadonlyMap<string, string>, dir: string = DOCS_DIR): StaleDoc[] {
  const out: StaleDoc[] = [];
  for (const [file, content] of rendered) {
    const path = join(dir, file);
    if (!existsSync(path)) out.push({ file, problem: 'missing' });
    else if (readFileSync(path, 'utf8') !== content) out.push({ file, problem: 'differs' });
  }
  if (dir === DOCS_DIR) {
    const readme = readFileSync(README_PATH, 'utf8');
    if (fillReadme(readme) !== readme) out.push({ file: '../README.md', problem: 'differs' });
  }
  const owned = join(dir, GENERATED_SUBDIR);
  if (existsSync(owned)) {
    for (const name of readdirSync(owned).sort()) {
      const file = `${GENERATED_SUBDIR}/${name}`;
      if (!rendered.has(file)) out.push({ file, problem: 'not generated' });
    }
  }
  return out;
}

/**
 * One paragraph naming each stale file and the command that fixes it.
 *
 * @example
 * describeStale([{ file: 'triggers/pre-signup.md', problem: 'differs' }])
 */
export function describeStale(stale: readonly StaleDoc[]): string {
  const list = stale.map((s) => `docs/${s.file} (${s.problem})`).join(', ');
  return `The contract docs are stale: ${list}. Run "${DOCS_COMMAND}" and commit the result.`;
}

/**
 * Writes the docs and removes files in `triggers/` that are no longer rendered (a slug that left
 * the registry); other files under `docs/` are left alone. Returns the number of files written.
 */
export function writeDocs(rendered: ReadonlyMap<string, string> = renderDocFiles(), dir: string = DOCS_DIR): number {
  for (const s of staleDocs(rendered, dir)) if (s.problem === 'not generated') rmSync(join(dir, s.file), { recursive: true });
  for (const [rel, content] of rendered) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  if (dir === DOCS_DIR) writeFileSync(README_PATH, fillReadme(readFileSync(README_PATH, 'utf8')));
  return rendered.size + (dir === DOCS_DIR ? 1 : 0);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const rendered = renderDocFiles();
  if (process.argv.includes('--check')) {
    const stale = staleDocs(rendered);
    if (stale.length > 0) {
      process.stderr.write(`${describeStale(stale)}\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(`docs are fresh (${rendered.size} files)\n`);
    }
  } else {
    const count = writeDocs(rendered);
    process.stdout.write(`wrote ${count} files under docs/\n`);
  }
}
