/** JSON Schema (draft 2020-12) export of every input and output schema, named after the trigger. */
import { z } from 'zod';
import { resolveTarget, TRIGGERS, type TokenVersion, type TriggerDefinition } from '../triggers/registry.js';

export type SchemaSide = 'input' | 'output';

export interface JsonSchemaDocument {
  $schema: string;
  $id?: string;
  title?: string;
  description?: string;
  [key: string]: unknown;
}

/**
 * The JSON Schema of one trigger's event (`input`) or handler response (`output`).
 *
 * @example
 * toJsonSchema('verify-auth-challenge-response', 'output').title // 'VerifyAuthChallengeResponseResponseSchema'
 */
export function toJsonSchema(
  target: string,
  side: SchemaSide = 'input',
  options: { version?: TokenVersion | undefined } = {},
): JsonSchemaDocument {
  const { trigger } = resolveTarget(target, options);
  return triggerJsonSchema(trigger, side);
}

/** JSON Schemas of every trigger, one document per trigger and side. */
export function allJsonSchemas(side: SchemaSide = 'input'): JsonSchemaDocument[] {
  return TRIGGERS.map((t) => triggerJsonSchema(t, side));
}

function triggerJsonSchema(trigger: TriggerDefinition, side: SchemaSide): JsonSchemaDocument {
  const schema = side === 'input' ? trigger.eventSchema : trigger.responseSchema;
  const doc = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: side === 'input' ? 'input' : 'output',
    unrepresentable: 'any',
    override: repairEmptyTuple,
  }) as JsonSchemaDocument;
  const name = side === 'input' ? trigger.schemaNames.event : trigger.schemaNames.response;
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `urn:cognito-trigger-kit:schema:${trigger.slug}:${side}`,
    title: name,
    description:
      side === 'input'
        ? `${trigger.title} event as Amazon Cognito sends it (triggerSources: ${trigger.sources.map((s) => s.triggerSource).join(', ')}). ${trigger.docs}`
        : trigger.synchronous
          ? `The response a ${trigger.title} handler may return (strict: unknown keys are rejected). ${trigger.docs}`
          : `${trigger.title} is invoked asynchronously: Cognito ignores the handler's return value. ${trigger.docs}`,
    ...Object.fromEntries(Object.entries(doc).filter(([k]) => k !== '$schema')),
  };
}

/**
 * zod writes the empty tuple (the docs' incoming `claimsAndScopeOverrideDetails: []`, sheet §1.4)
 * as `prefixItems: []`, which the draft 2020-12 meta-schema rejects (`prefixItems` needs at least
 * one schema). `items: false` with `maxItems: 0`, which zod writes beside it, already says "an
 * empty array", so the empty `prefixItems` is dropped.
 */
function repairEmptyTuple(ctx: { jsonSchema: Record<string, unknown> }): void {
  const prefixItems = ctx.jsonSchema.prefixItems;
  if (Array.isArray(prefixItems) && prefixItems.length === 0) {
    delete ctx.jsonSchema.prefixItems;
    ctx.jsonSchema.items = false;
  }
}
