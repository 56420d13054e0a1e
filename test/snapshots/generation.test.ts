/**
 * No-regression snapshots of generation: the first values of every arbitrary and every builder
 * under fixed seeds. A change in what a seed produces (a new field, another distribution, a
 * fast-check or faker upgrade) shows up as a diff in `__snapshots__/`, to be reviewed and
 * committed deliberately (`npx vitest run test/snapshots -u`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as arbitraries from '../../src/arbitraries.js';
import * as builders from '../../src/builders.js';
import { TRIGGERS } from '../../src/triggers/registry.js';

const SEED = 42;
// Fixed events (the committed fixtures) for the output arbitraries, which take the event they answer.
const VERIFY_EVENT = builders.buildEvent('VerifyAuthChallengeResponse_Authentication', undefined, { seed: SEED });
const PRE_TOKEN_V2_EVENT = builders.buildEvent('TokenGeneration_Authentication', undefined, { seed: SEED, version: 2 });
const DIR = fileURLToPath(new URL('./__snapshots__/', import.meta.url));

/** The first `n` values fast-check produces for `arb` under `seed`, as `fc.assert` would draw them. */
function firstValues(arb: fc.Arbitrary<unknown>, n = 3): unknown[] {
  return fc.sample(arb, { seed: SEED, numRuns: n, path: '', examples: [], randomType: 'xorshift128plus', unbiased: false });
}

/** JSON of the values; invalid outputs may hold what JSON cannot (a cycle, a BigInt), drawn as a marker. */
function render(values: unknown): string {
  const seen = new WeakSet<object>();
  const replacer = (_key: string, value: unknown): unknown => {
    if (typeof value === 'bigint') return `[BigInt ${value.toString()}]`;
    if (value !== null && typeof value === 'object') {
      if (seen.has(value)) return '[Circular]';
      seen.add(value);
    }
    return value;
  };
  return `${JSON.stringify(values, replacer, 2)}\n`;
}

/**
 * Arbitrary factories that need arguments, with the calls snapshotted (one file each); every other
 * `*Arb` export is called with its defaults. A new factory that cannot be called without arguments
 * fails its test until it is listed here. `apiCallArb` scenarios are large (tens of kB each):
 * two calls are kept here, and `allApiCallsArb` covers the rest of the scenario catalogue.
 */
const VARIANTS: Record<string, Record<string, unknown[]>> = {
  fakerArb: { fullName: [(faker: { person: { fullName(): string } }) => faker.person.fullName()] },
  apiCallArb: { ClientCredentials: ['ClientCredentials'], ConfirmSignUp: ['ConfirmSignUp'] },
  validOutputArb: { verify: [VERIFY_EVENT], preTokenV2: [PRE_TOKEN_V2_EVENT] },
  invalidOutputArb: { verify: [VERIFY_EVENT], preTokenV2: [PRE_TOKEN_V2_EVENT] },
  validResponseArb: { 'pre-signup': ['pre-signup'], 'custom-message': ['custom-message'] },
  invalidResponseArb: { 'pre-signup': ['pre-signup'], 'custom-message': ['custom-message'] },
};

/** The snapshot files of one arbitrary factory: name → arguments. */
function callsOf(name: string): [file: string, args: unknown[]][] {
  const variants = VARIANTS[name];
  if (!variants) return [[name, []]];
  return Object.entries(variants).map(([label, args]) => [`${name}.${label}`, args]);
}

const arbitraryNames = Object.keys(arbitraries)
  .filter((name) => name.endsWith('Arb') && name !== 'eventArb' && typeof (arbitraries as Record<string, unknown>)[name] === 'function')
  .sort();

const builderNames = Object.keys(builders)
  .filter((name) => /^build.+Event$/.test(name) && name !== 'buildEvent')
  .sort();

describe('arbitraries: first 3 values under seed 42', () => {
  it('covers every per-slug event arbitrary', () => {
    expect(arbitraryNames.filter((n) => n.endsWith('EventArb'))).toHaveLength(TRIGGERS.length);
  });

  it.each(arbitraryNames.flatMap((name) => callsOf(name).map(([file, args]) => ({ name, file, args }))))('$file', async ({ name, file, args }) => {
    const factory = (arbitraries as unknown as Record<string, (...args: unknown[]) => fc.Arbitrary<unknown>>)[name]!;
    await expect(render(firstValues(factory(...args)))).toMatchFileSnapshot(`${DIR}arbitraries/${file}.json`);
  });

  it.each(TRIGGERS.map((t) => t.slug))('eventArb(%s, { profile: "realistic" })', async (slug) => {
    await expect(render(firstValues(arbitraries.eventArb(slug, { profile: 'realistic' })))).toMatchFileSnapshot(
      `${DIR}arbitraries/eventArb.${slug}.realistic.json`,
    );
  });
});

describe('builders: seeds 1, 2, 3', () => {
  it('covers the 15 per-trigger builders', () => {
    expect(builderNames).toHaveLength(15);
  });

  it.each(builderNames)('%s', async (name) => {
    const build = (builders as unknown as Record<string, (o?: unknown, opts?: { seed: number }) => unknown>)[name]!;
    const values = [1, 2, 3].map((seed) => build(undefined, { seed }));
    await expect(render(values)).toMatchFileSnapshot(`${DIR}builders/${name}.json`);
  });
});

describe('snapshot files', () => {
  it('hold no snapshot of an arbitrary or builder that no longer exists', () => {
    const expected = [
      ...arbitraryNames.flatMap((n) => callsOf(n).map(([file]) => `arbitraries/${file}.json`)),
      ...TRIGGERS.map((t) => `arbitraries/eventArb.${t.slug}.realistic.json`),
      ...builderNames.map((n) => `builders/${n}.json`),
    ].sort();
    const onDisk = ['arbitraries', 'builders'].flatMap((d) => (existsSync(`${DIR}${d}`) ? readdirSync(`${DIR}${d}`) : []).map((f) => `${d}/${f}`));
    // Presence is checked by each snapshot test above (files are written at the end of a run).
    expect(onDisk.filter((f) => !expected.includes(f))).toEqual([]);
  });
});
