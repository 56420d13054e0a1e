/**
 * The on-demand generator loaders the CLI's `event` uses must hand out the very factories of
 * `EVENT_ARBITRARIES`, so `event` prints what `buildEvent` builds.
 */
import { describe, expect, it } from 'vitest';
import { EVENT_ARBITRARIES } from '../../src/triggers/arbitraries.js';
import { EVENT_ARBITRARY_LOADERS, loadEventArbitrary } from '../../src/triggers/arbitrary-loaders.js';
import { buildEvent } from '../../src/builders.js';
import { writeEvents } from '../../src/cli/commands/event.js';
import { TRIGGERS, type TriggerSlug } from '../../src/triggers/registry.js';
import { Writable } from 'node:stream';

const SLUGS = TRIGGERS.map((t) => t.slug as TriggerSlug);

describe('EVENT_ARBITRARY_LOADERS', () => {
  it('has one loader per slug', () => {
    expect(Object.keys(EVENT_ARBITRARY_LOADERS).sort()).toEqual([...SLUGS].sort());
  });

  it.each(SLUGS)('%s: loads the factory EVENT_ARBITRARIES holds', async (slug) => {
    expect(await loadEventArbitrary(slug)).toBe(EVENT_ARBITRARIES[slug]);
  });
});

describe('event (CLI) prints what buildEvent builds', () => {
  const print = async (target: string, seed: number, version?: 1 | 2 | 3): Promise<unknown> => {
    let text = '';
    const out = new Writable({
      write(chunk: Buffer, _enc, done) {
        text += chunk.toString();
        done();
      },
    });
    await writeEvents(out, { target, seed, count: 1, ...(version !== undefined ? { version } : {}) });
    return JSON.parse(text);
  };

  it.each([
    ['PreSignUp_SignUp', 7, undefined],
    ['define-auth-challenge', 3, undefined],
    ['TokenGeneration_Authentication', 11, 2],
    ['TokenGeneration_ClientCredentials', 5, 3],
    ['user-migration', 42, undefined],
  ] as const)('%s seed %i', async (target, seed, version) => {
    expect(await print(target, seed, version)).toEqual(buildEvent(target as never, undefined, { seed, ...(version !== undefined ? { version } : {}) }));
  });
});
