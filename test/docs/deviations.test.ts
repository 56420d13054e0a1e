import { describe, expect, it } from 'vitest';
import { deviationSlugs, deviationsFor, TYPES_DEVIATIONS } from '../../src/docs/deviations.js';
import { formatFieldPath, schemaFields } from '../../src/docs/fields.js';
import { getTrigger, TRIGGER_SLUGS } from '../../src/triggers/registry.js';

describe('TYPES_DEVIATIONS', () => {
  it.each(TYPES_DEVIATIONS.map((d) => [d.field, d] as const))('%s: every path exists in the event schema of each trigger it names', (_field, d) => {
    const slugs = deviationSlugs(d);
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const paths = new Set(schemaFields(getTrigger(slug).eventSchema).map((f) => formatFieldPath(f.path)));
      for (const p of d.paths) expect(paths.has(p), `${slug} has no ${p}`).toBe(true);
    }
  });

  it('derives the triggers of a row without slugs from the schemas', () => {
    const of = (field: string) => deviationSlugs(TYPES_DEVIATIONS.find((d) => d.field === field)!);
    expect(of('`validationData`')).toEqual(['pre-signup', 'pre-authentication', 'user-migration']);
    expect(of('`clientMetadata`')).toEqual(TRIGGER_SLUGS.filter((s) => s !== 'inbound-federation'));
    expect(of('`groupConfiguration.preferredRole`')).toEqual(['pre-token-generation', 'pre-token-generation-v2', 'pre-token-generation-v3']);
  });

  it('gives every trigger the envelope rows, and only the custom-auth triggers the session rows', () => {
    for (const slug of TRIGGER_SLUGS) {
      const fields = deviationsFor(slug).map((d) => d.field);
      expect(fields).toContain('`callerContext.awsSdkVersion`');
      expect(fields.includes('session `challengeMetadata`')).toBe(slug === 'define-auth-challenge' || slug === 'create-auth-challenge');
    }
  });
});
