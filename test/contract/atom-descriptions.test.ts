/**
 * The shared atoms that `cognito-trigger-kit/schemas` exports describe themselves: a user who builds
 * a schema of their own from them gets the description in its JSON Schema. A trigger may word an
 * atom in its own terms for one field; that must not change the atom. The static mutants of the
 * mutation run (docs/mutation.md) showed that nothing read the description of an atom every trigger
 * words again (ValidationDataSchema).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CallerContextSchema,
  ClientMetadataSchema,
  GroupConfigurationSchema,
  GroupOverrideDetailsSchema,
  SessionSchema,
  UserAttributesSchema,
  ValidationDataSchema,
  toJsonSchema,
} from '../../src/schemas.js';
import { valueAt } from '../../src/shared/issues.js';

const descriptionOf = (schema: z.ZodType): unknown => z.toJSONSchema(schema, { unrepresentable: 'any' }).description;

describe('the exported atoms', () => {
  it.each([
    ['UserAttributesSchema', UserAttributesSchema, /^The user attributes; every value is a string/],
    ['ClientMetadataSchema', ClientMetadataSchema, /^The ClientMetadata of the API call/],
    ['ValidationDataSchema', ValidationDataSchema, /^Validation data: null when nothing was sent, \{\} in some triggers\.$/],
    ['CallerContextSchema', CallerContextSchema, /^The app client and SDK of the API call/],
    ['SessionSchema', SessionSchema, /^The earlier rounds of this sign-in, oldest first/],
    ['GroupConfigurationSchema', GroupConfigurationSchema, /^The groups and IAM roles of the user/],
    ['GroupOverrideDetailsSchema', GroupOverrideDetailsSchema, /^Replaces the groups of both tokens/],
  ] as const)('%s carries its description into a JSON Schema', (_name, schema, description) => {
    expect(descriptionOf(schema)).toMatch(description);
  });

  it.each([
    ['pre-signup', /^The ValidationData of SignUp or AdminCreateUser/],
    ['pre-authentication', /^The ClientMetadata of \(Admin\)InitiateAuth \(this trigger has no clientMetadata of its own\)/],
    ['user-migration', /^The ClientMetadata of \(Admin\)InitiateAuth: null when none was sent/],
  ] as const)('%s words validationData its own way, and the atom keeps its description', (slug, description) => {
    const field = valueAt(toJsonSchema(slug, 'input'), ['properties', 'request', 'properties', 'validationData', 'description']);
    expect(field).toMatch(description);
    expect(field).not.toBe(descriptionOf(ValidationDataSchema));
    expect(descriptionOf(ValidationDataSchema)).toMatch(/^Validation data: /);
  });
});
