/**
 * Markdown renderings of the routing table and the call catalogue, so the README and the docs
 * are regenerated from the data `apiCallArb` runs on rather than written twice.
 */
import {
  API_CALLS,
  API_CALL_NAMES,
  API_OPERATIONS,
  CLIENT_METADATA_ROUTING,
  CONDITIONS,
  LAMBDA_TRIGGERS,
  OPERATION_NAMES,
  type ApiCallVariant,
  type ClientMetadataRoute,
  type RoutingEvidence,
  type StepSpec,
} from './api-calls.js';

const MARK: Readonly<Record<RoutingEvidence, string>> = { documented: '', inferred: ' †', unverified: ' ‡', doubtful: ' (?)' };

function cell(row: ClientMetadataRoute | undefined): string {
  if (row === undefined) return '';
  const text = row.routing === 'none' ? 'not passed' : `\`${row.routing}\``;
  return `${text}${MARK[row.evidence]}`;
}

/**
 * The ClientMetadata routing as a markdown matrix: one row per operation, one column per
 * trigger; a cell says where the operation's ClientMetadata lands in that trigger's request
 * (blank: the operation never fires the trigger), then the notes.
 *
 * @example
 * fs.writeFileSync('routing.md', renderClientMetadataRouting());
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#working-with-lambda-trigger-client-metadata
 */
export function renderClientMetadataRouting(): string {
  const triggers = LAMBDA_TRIGGERS.filter((t) => CLIENT_METADATA_ROUTING.some((r) => r.trigger === t));
  const operations = OPERATION_NAMES.filter((o) => CLIENT_METADATA_ROUTING.some((r) => r.operation === o));
  const lines = [`| Operation | ${triggers.join(' | ')} |`, `|---|${triggers.map(() => '---').join('|')}|`];
  for (const op of operations) {
    const cells = triggers.map((t) => cell(CLIENT_METADATA_ROUTING.find((r) => r.operation === op && r.trigger === t)));
    lines.push(`| ${API_OPERATIONS[op].label} | ${cells.join(' | ')} |`);
  }
  lines.push(
    '',
    'Blank: the operation never fires that trigger. † inferred from documented facts (no page says it outright). ' +
      '‡ UNVERIFIED: the default shown, an option of `apiCallArb` picks the other. ' +
      '(?) claimed by an AWS page but no flow is known that fires it: never generated.',
    '',
    'Notes:',
    '',
  );
  for (const r of CLIENT_METADATA_ROUTING) {
    if (r.note !== undefined && r.operation !== 'ManagedLogin') lines.push(`- ${API_OPERATIONS[r.operation].label} → ${r.trigger}: ${r.note}`);
  }
  lines.push('- Managed login pages take no ClientMetadata, so nothing reaches any trigger from them.');
  return `${lines.join('\n')}\n`;
}

function stepLine(step: StepSpec): string {
  const what = 'source' in step ? `\`${step.source}\`` : 'message' in step ? `message \`${step.message}\` (custom message or sender)` : `custom auth (${step.customAuth})`;
  const when = step.when.length > 0 ? ` — when ${step.when.map((c) => CONDITIONS[c]).join('; ')}` : '';
  return `   - ${what} [${step.request}]${when}. ${step.note}`;
}

function variantLines(name: string, variant: ApiCallVariant): string[] {
  const requests = variant.requests.map((q) => `${q.id}: ${API_OPERATIONS[q.operation].label}${q.challengeName ? ` (${q.challengeName})` : ''}`);
  return [`- **${name}** — requests: ${requests.join('; ')}`, ...variant.steps.map(stepLine)];
}

/**
 * The call catalogue as markdown: per call, its requests and its possible steps in order, each
 * with the request that fires it and its conditions.
 *
 * @example
 * console.log(renderApiCallCatalogue());
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export function renderApiCallCatalogue(): string {
  const lines: string[] = [];
  for (const call of API_CALL_NAMES) {
    const spec = API_CALLS[call];
    lines.push(`### ${call}`, '', spec.summary, '');
    for (const [name, variant] of Object.entries(spec.variants) as [string, ApiCallVariant][]) lines.push(...variantLines(name, variant));
    lines.push('');
  }
  return lines.join('\n');
}
