/**
 * Rules every synchronous trigger shares: the handler returns the event it received, with
 * `response` filled in, as JSON. Cognito reads only `response` (sheet §1.1, §4.2).
 */
import { describeValue, formatPath } from '../shared/issues.js';
import { firstDifference, jsonLosses } from './json.js';
import type { RuleFinding, RuleSpec } from './types.js';

const RESPONSE_HINT = 'return the event you received with event.response filled in';

/** The output must serialize to JSON at all. */
const outputNotJson: RuleSpec = {
  what: 'output-not-json',
  severity: 'error',
  shared: true,
  gate: true,
  summary: 'The handler output must serialize to JSON (not undefined, no BigInt, no cycle).',
  cognitoDoes: 'Answers InvalidLambdaResponseException "Invalid lambda function output : Invalid JSON"; the API call fails.',
  // An output that parsed to an object serialized: no need to read (or make) its text.
  check: (ctx) =>
    ctx.output !== undefined || ctx.serialized !== undefined
      ? []
      : [
          {
            path: [],
            message:
              ctx.raw === undefined
                ? `the handler returned undefined (a missing return, or a callback never called): Cognito answers InvalidLambdaResponseException "Invalid lambda function output : Invalid JSON"; ${RESPONSE_HINT}`
                : `the output cannot be serialized to JSON: Cognito answers InvalidLambdaResponseException "Invalid lambda function output : Invalid JSON"`,
          },
        ],
};

/** The output must be an object with an object `response`. */
const outputNotEvent: RuleSpec = {
  what: 'output-not-event',
  severity: 'error',
  shared: true,
  gate: true,
  summary: 'The output must be the event, with an object under `response`.',
  cognitoDoes: 'Finds no response to read and answers InvalidLambdaResponseException "Unrecognizable lambda output"; the API call fails.',
  check(ctx) {
    if (ctx.response !== undefined) return [];
    const consequence = 'Cognito reads only event.response and answers InvalidLambdaResponseException "Unrecognizable lambda output"';
    if (typeof (ctx.raw as { then?: unknown } | null)?.then === 'function') {
      return [{ path: [], message: `the output is a Promise (await the handler before checking it): serialized it is {}, so ${consequence}` }];
    }
    if (ctx.output === undefined) {
      return [{ path: [], message: `the output is ${describeValue(JSON.parse(ctx.serialized ?? 'null'))}, not the event: ${consequence}; ${RESPONSE_HINT}` }];
    }
    const response = ctx.output.response;
    if (response === undefined) {
      const responseKeys = Object.keys(ctx.output).filter((k) => k !== 'response' && !(k in ctx.event));
      const bare = responseKeys.length > 0 ? ` (it looks like the response object itself: ${responseKeys.join(', ')})` : '';
      return [{ path: ['response'], message: `the output has no response key${bare}: ${consequence}; ${RESPONSE_HINT}` }];
    }
    return [{ path: ['response'], message: `response is ${describeValue(response)}, not an object: ${consequence}` }];
  },
};

/** Values JSON changes: what the test sees is not what Cognito reads. */
const outputChangedByJson: RuleSpec = {
  what: 'output-changed-by-json',
  severity: 'warning',
  shared: true,
  summary: 'The output holds values JSON changes (NaN, Infinity, a Date, a Map, a class instance, undefined in an array).',
  cognitoDoes: 'Receives the JSON form, so it reads something other than what the handler built (and what a test of the raw value saw).',
  // `raw` is `output` itself only when the caller passed the JSON form (checkJsonOutput): nothing to lose.
  check: (ctx) =>
    (ctx.raw === ctx.output ? [] : jsonLosses(ctx.raw)).map(({ path, loss }) => ({
      path,
      message: `${loss} when Lambda serializes the output: Cognito reads the JSON form, not this value`,
    })),
};

/** Same triggerSource as the event. */
const triggerSourceChanged: RuleSpec = {
  what: 'trigger-source-changed',
  severity: 'error',
  shared: true,
  summary: 'The output must carry the same triggerSource as the event it answers.',
  cognitoDoes:
    'Reads the output as the answer to this call regardless; a different triggerSource means the handler answered another event (a cached or rebuilt event), so its response is probably not the one meant for this call.',
  check(ctx) {
    const out = ctx.output?.triggerSource;
    if (out === ctx.event.triggerSource) return [];
    return [
      {
        path: ['triggerSource'],
        message: `the output's triggerSource is ${describeValue(out)}, but the event's is ${JSON.stringify(ctx.event.triggerSource)}: the handler returned another event; Cognito reads its response as the answer to ${JSON.stringify(ctx.event.triggerSource)}`,
      },
    ];
  },
};

/** Changes outside `response` are ignored. */
const eventChanged: RuleSpec = {
  what: 'event-changed',
  severity: 'warning',
  shared: true,
  summary: 'Everything outside `response` should come back as it was received.',
  cognitoDoes: 'Ignores every change outside response (request, userName, callerContext, …): only response is read.',
  check(ctx) {
    const findings: RuleFinding[] = [];
    const output = ctx.output ?? {};
    const keys = new Set([...Object.keys(ctx.event), ...Object.keys(output)]);
    for (const key of keys) {
      if (key === 'response' || key === 'triggerSource') continue;
      const path = firstDifference(ctx.event[key], output[key], [key]);
      if (!path) continue;
      findings.push({
        path,
        message: `${formatPath(path)} differs from the event: Cognito reads only response and ignores this change${key === 'request' ? ' (to change what Cognito stores or issues, use the response fields of this trigger)' : ''}`,
      });
    }
    return findings;
  },
};

/**
 * The shared rules, in the order they run (gates first).
 *
 * @example
 * OUTPUT_RULE_SPECS.map((r) => r.what) // ['output-not-json', 'output-not-event', …]
 */
export const OUTPUT_RULE_SPECS: readonly RuleSpec[] = [outputNotJson, outputNotEvent, outputChangedByJson, triggerSourceChanged, eventChanged];
