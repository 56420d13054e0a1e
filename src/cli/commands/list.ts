/** `list [--json]`: every trigger slug with its triggerSources, read from the registry. */
import { TRIGGERS, TRIGGER_SOURCES } from '../../triggers/registry.js';
import { defineCommand } from '../args.js';
import { writeText } from '../io.js';

/** One trigger contract in `list --json`. */
export interface ListedTrigger {
  slug: string;
  title: string;
  triggerName: string;
  version: string;
  acceptedVersions: string[];
  synchronous: boolean;
  docs: string;
  typesName: string;
  typesHandlerName: string;
  schemaNames: { event: string; response: string };
  sources: { triggerSource: string; firesOn: string; typesName: string }[];
}

/** The document `list --json` prints. */
export interface ListReport {
  /** The trigger contracts in registry order. */
  triggers: ListedTrigger[];
  /** Every distinct triggerSource once (TokenGeneration_* sources appear under several pre token versions). */
  triggerSources: string[];
}

/**
 * The registry as plain data, the form `list --json` prints.
 *
 * @example
 * listReport().triggers.map((t) => t.slug) // ['pre-signup', 'post-confirmation', …]
 */
export function listReport(): ListReport {
  return {
    triggers: TRIGGERS.map((t) => ({
      slug: t.slug,
      title: t.title,
      triggerName: t.triggerName,
      version: t.version,
      acceptedVersions: [...t.acceptedVersions],
      synchronous: t.synchronous,
      docs: t.docs,
      typesName: t.typesName,
      typesHandlerName: t.typesHandlerName,
      schemaNames: { event: t.schemaNames.event, response: t.schemaNames.response },
      sources: t.sources.map((s) => ({ triggerSource: s.triggerSource, firesOn: s.firesOn, typesName: s.typesName })),
    })),
    triggerSources: [...TRIGGER_SOURCES],
  };
}

/** The human form: one block per slug, sources aligned, a count at the end. */
function listText(report: ListReport): string {
  const width = Math.max(...report.triggers.flatMap((t) => t.sources.map((s) => s.triggerSource.length)));
  const blocks = report.triggers.map((t) => {
    const head = `${t.slug}  ${t.title}\n  trigger ${t.triggerName}, event version ${t.version}, ${t.synchronous ? 'synchronous' : 'asynchronous (Cognito ignores the result)'}\n`;
    return head + t.sources.map((s) => `    ${s.triggerSource.padEnd(width)}  ${s.firesOn}\n`).join('');
  });
  return `${blocks.join('\n')}\n${report.triggers.length} triggers, ${report.triggerSources.length} distinct triggerSources.\n`;
}

/** The `list` command. */
export const listCommand = defineCommand({
  name: 'list',
  summary: 'Every trigger slug with its triggerSources.',
  usage: 'list [--json]',
  description: `
Prints the trigger contracts the kit knows, one block per slug: its title, the LambdaConfig
trigger name, the event version, whether Cognito waits for the handler, and the triggerSources
with when Cognito sends each. A TokenGeneration_* source appears under each pre token
generation version that can receive it.`,
  options: {
    json: { type: 'boolean', description: 'Print one JSON document: { triggers: [...], triggerSources: [...] }.' },
  },
  positionals: { min: 0, max: 0, name: '' },
  async run({ values }, io) {
    const report = listReport();
    await writeText(io.stdout, values.json ? `${JSON.stringify(report, null, 2)}\n` : listText(report));
    return 0;
  },
});
