/**
 * The custom-auth loop as fast-check commands, for model-based tests: a client that answers right,
 * answers wrong, sends any string, abandons, or starts over, in whatever order fast-check draws.
 * After every step the flow properties that hold for any sequence of client actions are checked.
 */
import fc from 'fast-check';
import { adversarialStringArb } from '../../shared/gen/adversarial-string.js';
import { CustomAuthFlow, type CustomAuthHandlers, type FlowResult, type FlowTranscript } from './flow.js';
import { formatTranscript } from './format.js';
import { checkFlow, DEFAULT_MAX_WRONG, isFailing, type FlowPropertyId, type FlowViolation } from './properties.js';
import { resolveFlowConfig, type SimulateOptions } from './simulate.js';

/** What the model knows of the flow under test. */
export interface FlowModel {
  /** A challenge waits for the client's answer. */
  pending: boolean;
  /** The current flow ended (tokens, failed, error, stuck, abandoned): only a restart applies. */
  ended: boolean;
  /** How the current flow ended, or `pending`. */
  result: FlowResult['kind'];
  /** Wrong answers in the current flow. */
  wrongAnswers: number;
  /** Flows started (InitiateAuth calls). */
  flows: number;
}

/** The system under test: the flow, and the transcripts of the flows a restart left behind. */
export interface FlowUnderTest {
  readonly flow: CustomAuthFlow;
  readonly finished: FlowTranscript[];
}

/** A command of the custom-auth model. */
export type FlowCommand = fc.AsyncCommand<FlowModel, FlowUnderTest>;

/**
 * The properties checked after every command: those that hold whatever the client does (the ones
 * about always-right or always-wrong clients, and the comparison with a user that does not
 * exist, need a fixed strategy: `fuzzCustomAuth` checks them).
 *
 * @example
 * customAuthCommands({ properties: [...COMMAND_PROPERTIES] })
 */
export const COMMAND_PROPERTIES: readonly FlowPropertyId[] = [
  'custom-auth/define-conflicting-decision',
  'custom-auth/define-no-decision',
  'custom-auth/handler-error',
  'custom-auth/answer-in-public-parameters',
  'custom-auth/tokens-without-correct-answer',
  'custom-auth/unbounded-wrong-answers',
];

/**
 * Thrown by a command when the flow broke a property; the message holds the transcript.
 *
 * @example
 * await runFlowCommands(handlers, cmds).catch((e) => { if (e instanceof FlowPropertyError) console.log(e.violation.property); });
 */
export class FlowPropertyError extends Error {
  override readonly name = 'FlowPropertyError';
  constructor(
    readonly violation: FlowViolation,
    readonly transcript: FlowTranscript,
  ) {
    super(`${violation.property}: ${violation.message}\n${formatTranscript(transcript, { indent: '  ' })}`);
  }
}

/** Options of {@link customAuthCommands}. */
export interface FlowCommandsOptions {
  /** Wrong answers after which the flow must have failed (default 5). */
  maxWrong?: number | undefined;
  /** Warnings (unbounded retries, output-rule warnings) fail too. */
  strict?: boolean | undefined;
  /** The properties checked after each step (default {@link COMMAND_PROPERTIES}). */
  properties?: readonly FlowPropertyId[] | undefined;
}

function sync(m: FlowModel, r: FlowUnderTest): void {
  const t = r.flow.transcript();
  m.pending = r.flow.pendingChallenge !== undefined;
  m.ended = r.flow.ended;
  m.result = t.result.kind;
  m.wrongAnswers = t.wrongAnswers;
}

function verify(r: FlowUnderTest, options: FlowCommandsOptions): void {
  const transcript = r.flow.transcript();
  const strict = options.strict === true;
  const violations = checkFlow(transcript, {
    maxWrong: options.maxWrong ?? DEFAULT_MAX_WRONG,
    strict,
    properties: options.properties ?? COMMAND_PROPERTIES,
  });
  const failing = violations.find((v) => isFailing(v, strict));
  if (failing) throw new FlowPropertyError(failing, transcript);
}

function answerCommand(label: string, answer: Parameters<CustomAuthFlow['respond']>[0], options: FlowCommandsOptions): FlowCommand {
  return {
    check: (m) => m.pending,
    async run(m, r) {
      await r.flow.respond(answer);
      sync(m, r);
      verify(r, options);
    },
    toString: () => label,
  };
}

/**
 * The client actions as fast-check command arbitraries: answer right, answer wrong, answer with
 * any string (adversarial text), abandon, restart (a new InitiateAuth). Feed them to
 * `fc.commands` and run them with {@link runFlowCommands}; add your own commands alongside.
 *
 * @example
 * await fc.assert(fc.asyncProperty(fc.commands(customAuthCommands({ maxWrong: 3 })), (cmds) =>
 *   runFlowCommands({ define, create, verify }, cmds, { preventUserExistenceErrors: 'ENABLED' })));
 * @see https://fast-check.dev/docs/advanced/model-based-testing/
 */
export function customAuthCommands(options: FlowCommandsOptions = {}): fc.Arbitrary<FlowCommand>[] {
  return [
    fc.constant(answerCommand('answer right', 'right', options)),
    fc.constant(answerCommand('answer wrong', 'wrong', options)),
    adversarialStringArb({ maxLength: 40 }).map((text) => answerCommand(`answer ${JSON.stringify(text)}`, { answer: text }, options)),
    fc.constant<FlowCommand>({
      check: (m) => m.pending,
      async run(m, r) {
        r.flow.abandon();
        sync(m, r);
      },
      toString: () => 'abandon',
    }),
    fc.constant<FlowCommand>({
      check: () => true,
      async run(m, r) {
        r.finished.push(r.flow.transcript());
        await r.flow.initiate();
        m.flows++;
        sync(m, r);
        verify(r, options);
      },
      toString: () => 'restart',
    }),
  ];
}

/**
 * Starts a flow (InitiateAuth) and runs the commands against it with `fc.asyncModelRun`; throws
 * a {@link FlowPropertyError} (with the transcript) at the first step that breaks a property.
 *
 * @example
 * await fc.assert(fc.asyncProperty(fc.commands(customAuthCommands()), (cmds) => runFlowCommands(handlers, cmds)));
 */
export async function runFlowCommands(
  handlers: CustomAuthHandlers,
  commands: Iterable<FlowCommand>,
  options: SimulateOptions & FlowCommandsOptions = {},
): Promise<FlowUnderTest> {
  const flow = new CustomAuthFlow(handlers, resolveFlowConfig(options));
  const real: FlowUnderTest = { flow, finished: [] };
  await flow.initiate();
  verify(real, options);
  const model: FlowModel = { pending: false, ended: false, result: 'pending', wrongAnswers: 0, flows: 1 };
  sync(model, real);
  await fc.asyncModelRun(() => ({ model, real }), commands);
  return real;
}
