import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatFieldPath, pathUnder, schemaFields, typeLabel } from '../../src/docs/fields.js';
import { JsonValueSchema } from '../../src/shared/atoms.js';
import { PreSignUpTriggerEventSchema } from '../../src/triggers/pre-signup/schema.js';
import { TRIGGERS } from '../../src/triggers/registry.js';

const byPath = (schema: z.ZodType) => new Map(schemaFields(schema).map((f) => [formatFieldPath(f.path), f]));

describe('typeLabel', () => {
  it.each([
    [z.string(), 'string'],
    [z.boolean().nullish(), 'boolean'],
    [z.number(), 'number'],
    [z.enum(['EMAIL', 'SMS']), '"EMAIL" | "SMS"'],
    [z.literal('customSMSSenderRequestV1'), '"customSMSSenderRequestV1"'],
    [z.record(z.string(), z.string()), 'map<string, string>'],
    [z.record(z.string(), JsonValueSchema), 'map<string, JSON value>'],
    [z.array(z.string()), 'string[]'],
    [z.array(z.enum(['EMAIL', 'SMS'])), '("EMAIL" | "SMS")[]'],
    [z.tuple([]), '[]'],
    [z.union([z.object({}), z.tuple([])]), 'object | []'],
    [z.string().meta({ maxLength: 140 }), 'string (≤ 140 characters)'],
    [z.unknown(), 'any'],
    [z.never().optional(), 'never'],
  ] as const)('%#: %s', (schema, label) => {
    expect(typeLabel(schema)).toBe(label);
  });
});

describe('schemaFields', () => {
  const schema = z.looseObject({
    a: z.string().meta({ description: 'inner' }).optional().meta({ description: 'outer' }),
    b: z.string().meta({ description: 'only inner' }).nullish(),
    list: z.array(z.looseObject({ name: z.string(), meta: z.string().nullable() })),
    strings: z.array(z.string()),
    map: z.record(z.string(), z.string()),
    claims: z.object({ fixed: z.string().optional() }).catchall(z.number()),
    either: z.union([z.strictObject({ x: z.boolean() }), z.null()]),
  });
  const fields = byPath(schema);

  it('lists objects depth first, descending into arrays of objects with []', () => {
    expect([...fields.keys()]).toEqual([
      'a',
      'b',
      'list',
      'list[].name',
      'list[].meta',
      'strings',
      'map',
      'claims',
      'claims.fixed',
      'claims.*',
      'either',
      'either.x',
    ]);
  });

  it('reads optional and nullable through the wrappers', () => {
    expect(fields.get('a')).toMatchObject({ optional: true, nullable: false, type: 'string' });
    expect(fields.get('b')).toMatchObject({ optional: true, nullable: true });
    expect(fields.get('list[].meta')).toMatchObject({ optional: false, nullable: true });
    expect(fields.get('either')).toMatchObject({ optional: false, nullable: true, type: 'object' });
    expect(fields.get('claims.*')).toMatchObject({ optional: true, type: 'number' });
  });

  it('takes the outermost description, falling back to the inner one', () => {
    expect(fields.get('a')?.description).toBe('outer');
    expect(fields.get('b')?.description).toBe('only inner');
    expect(fields.get('strings')?.description).toBeUndefined();
  });

  it('reads the pre sign-up event as the docs print it', () => {
    const f = byPath(PreSignUpTriggerEventSchema);
    expect(f.get('request.validationData')).toMatchObject({ type: 'map<string, string>', optional: true, nullable: true });
    expect(f.get('request.validationData')?.description).toContain('ValidationData of SignUp');
    expect(f.get('response.autoConfirmUser')).toMatchObject({ type: 'boolean', optional: true, nullable: false });
    expect(f.get('callerContext.clientId')).toMatchObject({ type: 'string', optional: false });
  });

  it('gives every event field of every trigger a known type (no raw zod def names)', () => {
    const known = /^(string|boolean|number|object|any|never|JSON value|map<|\[|"|\(|string \(≤)/;
    for (const t of TRIGGERS) {
      for (const f of [...schemaFields(t.eventSchema), ...schemaFields(t.responseSchema)]) {
        expect(f.type, `${t.slug} ${formatFieldPath(f.path)}`).toMatch(known);
      }
    }
  });
});

describe('pathUnder', () => {
  it('matches * to keys and [] to indexes, at or below the pattern', () => {
    expect(pathUnder(['request', 'session', 0, 'challengeName'], ['request', 'session', '[]'])).toBe(true);
    expect(pathUnder(['request', 'session', 'x'], ['request', 'session', '[]'])).toBe(false);
    expect(pathUnder(['claims', 'custom:tier'], ['claims', '*'])).toBe(true);
    expect(pathUnder(['response'], ['response', 'answerCorrect'])).toBe(false);
  });
});
