/**
 * Writes `fixtures/<slug>/<triggerSource>.json` for every trigger slug and source (the five user
 * pre-token sources once per event version: 41 sources, 51 files) plus `fixtures/index.json`,
 * from the builders with a fixed seed. Run `npm run fixtures` after a deliberate change in
 * generation; `test/fixtures` fails while the committed files are stale.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildEvent } from '../src/builders.js';
import { TRIGGERS, type TokenVersion, type TriggerSource } from '../src/triggers/registry.js';

/** The seed every fixture is built with. */
export const FIXTURE_SEED = 42;

/** One row of `fixtures/index.json`. */
export interface FixtureEntry {
  slug: string;
  source: string;
  /** The event version (`version` field of the event, as a number). */
  version: number;
  /** Path relative to `fixtures/`. */
  file: string;
}

/** The fixtures directory of this checkout. */
export const FIXTURES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Pretty JSON with a final newline: the on-disk form of every fixture file. */
export function renderJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Every fixture file, path relative to `fixtures/` → exact content, `index.json` last. */
export function renderFixtures(): Map<string, string> {
  const files = new Map<string, string>();
  const index: FixtureEntry[] = [];
  for (const trigger of TRIGGERS) {
    const version = Number(trigger.version) as TokenVersion;
    const isPreToken = trigger.triggerName === 'PreTokenGeneration';
    for (const { triggerSource } of trigger.sources) {
      const event = buildEvent(triggerSource as TriggerSource, undefined, {
        seed: FIXTURE_SEED,
        version: isPreToken ? version : undefined,
      });
      const file = `${trigger.slug}/${triggerSource}.json`;
      files.set(file, renderJson(event));
      index.push({ slug: trigger.slug, source: triggerSource, version, file });
    }
  }
  files.set('index.json', renderJson(index));
  return files;
}

/** Writes the fixtures and removes stale `.json` files; returns the number of files written. */
export function writeFixtures(dir: string = FIXTURES_DIR): number {
  const files = renderFixtures();
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const rel = join(entry.parentPath, entry.name).slice(dir.length + 1).split('\\').join('/');
    if (!files.has(rel)) rmSync(join(entry.parentPath, entry.name));
  }
  for (const [rel, content] of files) {
    const path = join(dir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return files.size;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const count = writeFixtures();
  process.stdout.write(`wrote ${count} files under ${FIXTURES_DIR}\n`);
}
