/**
 * Every generated event passes its trigger's input schema: realistic events with no realism
 * warning, adversarial events with no error. PROPERTY_RUNS events per trigger and profile
 * (1,000 by default; CTK_PROPERTY_RUNS=10000 for the full run).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_ARBITRARIES, eventArb } from '../../src/arbitraries.js';
import { TRIGGERS, type TriggerSlug } from '../../src/triggers/registry.js';
import { validateEvent } from '../../src/validation/validate.js';
import { formatIssue } from '../../src/shared/issues.js';
import { PROPERTY_RUNS } from './runs.js';

const slugs = TRIGGERS.map((t) => t.slug as TriggerSlug);

describe.each(slugs)('%s events', (slug) => {
  const trigger = TRIGGERS.find((t) => t.slug === slug)!;

  it(`${PROPERTY_RUNS} realistic events pass the input schema with no realism warning`, () => {
    fc.assert(
      fc.property(EVENT_ARBITRARIES[slug]({ profile: 'realistic' }), (event) => {
        expect(trigger.eventSchema.safeParse(event).success).toBe(true);
        const result = validateEvent(event, { target: slug });
        expect(result.issues.map(formatIssue)).toEqual([]);
        expect(result.unanswered).toBe(true);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });

  it(`${PROPERTY_RUNS} adversarial events pass the input schema`, () => {
    fc.assert(
      fc.property(EVENT_ARBITRARIES[slug]({ profile: 'adversarial' }), (event) => {
        const parsed = trigger.eventSchema.safeParse(event);
        expect(parsed.error?.issues ?? []).toEqual([]);
        const result = validateEvent(event, { target: slug });
        expect(result.errors.map(formatIssue)).toEqual([]);
        expect(result.unanswered).toBe(true);
      }),
      { numRuns: PROPERTY_RUNS },
    );
  });
});

describe('every triggerSource', () => {
  const sources = TRIGGERS.flatMap((t) =>
    t.sources.map((s) => ({ slug: t.slug as TriggerSlug, source: s.triggerSource, version: Number(t.version) as 1 | 2 | 3 })),
  );

  it.each(sources)('eventArb($source, version $version) yields that source, valid against $slug', ({ slug, source, version }) => {
    const events = fc.sample(eventArb(source, { version }), { numRuns: 50, seed: 11 });
    for (const event of events) {
      expect(event.triggerSource).toBe(source);
      expect(validateEvent(event, { target: slug }).errors).toEqual([]);
    }
  });

  it('covers all 41 sources', () => {
    expect(new Set(sources.map((s) => s.source)).size).toBe(41);
  });
});
