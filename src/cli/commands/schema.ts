/** `schema <target|all> [--io input|output] [--version 1|2|3]`: JSON Schema (draft 2020-12) on stdout. */
import { toJsonSchema, type JsonSchemaDocument } from '../../validation/json-schema.js';
import { TRIGGERS } from '../../triggers/registry.js';
import { choiceOption, defineCommand, versionOption } from '../args.js';
import { UsageError } from '../errors.js';
import { writeText } from '../io.js';

/** The `schema` command. */
export const schemaCommand = defineCommand({
  name: 'schema',
  summary: 'JSON Schema (draft 2020-12) of a trigger event or handler response.',
  usage: 'schema <target|all> [--io input|output] [--version 1|2|3]',
  description: `
Prints the JSON Schema (draft 2020-12) of a trigger's event (--io input, the default: tolerant,
as Cognito is) or of the response its handler may return (--io output: strict, unknown keys are
rejected). <target> is a slug or a triggerSource; a TokenGeneration_* source means event version
1 unless --version says 2 or 3.

"all" prints one JSON object keyed by slug, each value being that trigger's complete schema
document (with its own $schema and $id).`,
  options: {
    io: { type: 'string', valueName: 'input|output', description: 'The event (input, default) or the handler response (output).' },
    version: { type: 'string', valueName: '1|2|3', description: 'Pre token generation event version for a TokenGeneration_* target.' },
  },
  positionals: { min: 1, max: 1, name: 'a <target> (a slug or a triggerSource) or "all"' },
  async run({ values, positionals }, io) {
    const side = choiceOption('io', values.io, ['input', 'output'], 'input');
    const version = versionOption(values.version);
    const target = positionals[0]!;
    let out: JsonSchemaDocument | Record<string, JsonSchemaDocument>;
    if (target === 'all') {
      if (version !== undefined) {
        throw new UsageError('--version selects one pre token generation contract; "all" already prints each of them (pre-token-generation, -v2, -v3).');
      }
      out = Object.fromEntries(TRIGGERS.map((t) => [t.slug, toJsonSchema(t.slug, side)]));
    } else {
      out = toJsonSchema(target, side, { version });
    }
    await writeText(io.stdout, `${JSON.stringify(out, null, 2)}\n`);
    return 0;
  },
});
