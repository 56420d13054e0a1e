/**
 * The catalogue of Cognito API calls and the trigger events each one fires (sheet §4.4), and the
 * table of where a call's `ClientMetadata` lands in each trigger's request (sheet §4.3). Both are
 * plain data, so the docs render them and `apiCallArb` walks them: what the docs say is what the
 * generator does.
 *
 * A scenario is one call as an app makes it. Sign-ins run to the end of the flow, so an
 * `InitiateAuth` scenario also holds the `RespondToAuthChallenge` requests that finish it (MFA,
 * SRP's `PASSWORD_VERIFIER`, custom-auth rounds); every step names the request that fired it.
 */
import type { TriggerSource } from '../triggers/registry.js';
import type { MessageEvent } from '../shared/gen/messages.js';

const DOCS = 'https://docs.aws.amazon.com/cognito/latest/developerguide/';
const API_DOCS = 'https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/';

/** The `LambdaConfig` keys of a user pool: the triggers a pool can have configured. */
export const LAMBDA_TRIGGERS = [
  'PreSignUp',
  'CustomMessage',
  'CustomEmailSender',
  'CustomSMSSender',
  'PostConfirmation',
  'UserMigration',
  'PreAuthentication',
  'DefineAuthChallenge',
  'CreateAuthChallenge',
  'VerifyAuthChallengeResponse',
  'PostAuthentication',
  'PreTokenGeneration',
  'InboundFederation',
] as const;

/** A trigger as the pool's `LambdaConfig` names it. */
export type LambdaTrigger = (typeof LAMBDA_TRIGGERS)[number];

/** The three triggers that can deliver a code or message: custom message, or a custom sender per medium. */
export const MESSAGE_TRIGGERS = ['CustomMessage', 'CustomEmailSender', 'CustomSMSSender'] as const satisfies readonly LambdaTrigger[];

/**
 * The trigger (`LambdaConfig` key) of a triggerSource.
 *
 * @example
 * triggerOfSource('TokenGeneration_HostedAuth') // 'PreTokenGeneration'
 */
export function triggerOfSource(source: TriggerSource): LambdaTrigger {
  const prefix = source.slice(0, source.indexOf('_'));
  if (prefix === 'TokenGeneration') return 'PreTokenGeneration';
  if (prefix === 'DefineAuthChallenge' || prefix === 'CreateAuthChallenge' || prefix === 'VerifyAuthChallengeResponse') return prefix;
  return prefix as LambdaTrigger;
}

/** What an operation takes and how Cognito reports its caller. */
export interface OperationInfo {
  /** How the operation is written in the docs. */
  readonly label: string;
  /** The name of its client-metadata parameter, or `null` when it has none. */
  readonly parameter: 'ClientMetadata' | 'aws_client_metadata' | null;
  /**
   * `false` for admin operations without a `ClientId` parameter: Cognito reports
   * `CLIENT_ID_NOT_APPLICABLE` (captured for AdminCreateUser; for the other admin operations it
   * follows from there being no app client in the request, and emulators do the same).
   */
  readonly appClient: boolean;
  /** Reached through managed login or a plain HTTPS endpoint, which report `aws-sdk-unknown-unknown`. */
  readonly browser: boolean;
}

/** The API operations and OAuth endpoints a scenario's requests go to. */
export const API_OPERATIONS = {
  SignUp: { label: 'SignUp', parameter: 'ClientMetadata', appClient: true, browser: false },
  AdminCreateUser: { label: 'AdminCreateUser', parameter: 'ClientMetadata', appClient: false, browser: false },
  ConfirmSignUp: { label: 'ConfirmSignUp', parameter: 'ClientMetadata', appClient: true, browser: false },
  AdminConfirmSignUp: { label: 'AdminConfirmSignUp', parameter: 'ClientMetadata', appClient: false, browser: false },
  ForgotPassword: { label: 'ForgotPassword', parameter: 'ClientMetadata', appClient: true, browser: false },
  ConfirmForgotPassword: { label: 'ConfirmForgotPassword', parameter: 'ClientMetadata', appClient: true, browser: false },
  ResendConfirmationCode: { label: 'ResendConfirmationCode', parameter: 'ClientMetadata', appClient: true, browser: false },
  UpdateUserAttributes: { label: 'UpdateUserAttributes', parameter: 'ClientMetadata', appClient: true, browser: false },
  AdminUpdateUserAttributes: { label: 'AdminUpdateUserAttributes', parameter: 'ClientMetadata', appClient: false, browser: false },
  GetUserAttributeVerificationCode: { label: 'GetUserAttributeVerificationCode', parameter: 'ClientMetadata', appClient: true, browser: false },
  AdminResetUserPassword: { label: 'AdminResetUserPassword', parameter: 'ClientMetadata', appClient: false, browser: false },
  InitiateAuth: { label: 'InitiateAuth', parameter: 'ClientMetadata', appClient: true, browser: false },
  AdminInitiateAuth: { label: 'AdminInitiateAuth', parameter: 'ClientMetadata', appClient: true, browser: false },
  RespondToAuthChallenge: { label: 'RespondToAuthChallenge', parameter: 'ClientMetadata', appClient: true, browser: false },
  AdminRespondToAuthChallenge: { label: 'AdminRespondToAuthChallenge', parameter: 'ClientMetadata', appClient: true, browser: false },
  GetTokensFromRefreshToken: { label: 'GetTokensFromRefreshToken', parameter: 'ClientMetadata', appClient: true, browser: false },
  ManagedLogin: { label: 'managed login pages (/login, /oauth2/idpresponse, …)', parameter: null, appClient: true, browser: true },
  TokenEndpointAuthorizationCode: { label: '/oauth2/token (authorization_code)', parameter: 'aws_client_metadata', appClient: true, browser: true },
  TokenEndpointClientCredentials: { label: '/oauth2/token (client_credentials)', parameter: 'aws_client_metadata', appClient: true, browser: true },
} as const satisfies Record<string, OperationInfo>;

/** An API operation or OAuth endpoint. */
export type ApiOperation = keyof typeof API_OPERATIONS;

/** The API operations and endpoints, in catalogue order. */
export const OPERATION_NAMES = Object.keys(API_OPERATIONS) as ApiOperation[];

/**
 * Where a call's ClientMetadata lands in a trigger's request: `clientMetadata`,
 * `validationData` (pre authentication and migrate user, from the Initiate calls), or `none`.
 */
export type ClientMetadataRouting = 'clientMetadata' | 'validationData' | 'none';

/**
 * How sure a route is:
 * - `documented`: an AWS page says so (sheet §4.3, D-CUR or API-2023);
 * - `inferred`: follows from documented facts, no page says it outright;
 * - `unverified`: the sheet marks it UNVERIFIED; an option of `apiCallArb` picks the other form;
 * - `doubtful`: an AWS page claims it, but no flow is known in which the call fires the trigger,
 *   so it is never generated.
 */
export type RoutingEvidence = 'documented' | 'inferred' | 'unverified' | 'doubtful';

/** One row of {@link CLIENT_METADATA_ROUTING}. */
export interface ClientMetadataRoute {
  readonly operation: ApiOperation;
  readonly trigger: LambdaTrigger;
  readonly routing: ClientMetadataRouting;
  readonly evidence: RoutingEvidence;
  readonly note?: string;
}

const route = (operation: ApiOperation, trigger: LambdaTrigger, routing: ClientMetadataRouting, evidence: RoutingEvidence = 'documented', note?: string): ClientMetadataRoute =>
  note === undefined ? { operation, trigger, routing, evidence } : { operation, trigger, routing, evidence, note };

const SMS_SENDER_NOTE = 'The docs name only (Admin)RespondToAuthChallenge for the SMS sender; the kit routes it like the custom message it replaces.';
const EMAIL_SENDER_ONLY = 'the email sender page sends clientMetadata only in _SignUp, _ForgotPassword and _Authentication events.';

/** Custom message and both senders for an operation that passes ClientMetadata to custom message. */
function messageRoutes(operation: ApiOperation, emailSender: ClientMetadataRouting): ClientMetadataRoute[] {
  return [
    route(operation, 'CustomMessage', 'clientMetadata'),
    emailSender === 'clientMetadata'
      ? route(operation, 'CustomEmailSender', 'clientMetadata', 'inferred', `The docs name (Admin)RespondToAuthChallenge as the origin, but ${EMAIL_SENDER_ONLY}`)
      : route(operation, 'CustomEmailSender', 'none', 'documented', `Not passed: ${EMAIL_SENDER_ONLY}`),
    route(operation, 'CustomSMSSender', 'clientMetadata', 'inferred', SMS_SENDER_NOTE),
  ];
}

function initiateRoutes(operation: 'InitiateAuth' | 'AdminInitiateAuth'): ClientMetadataRoute[] {
  return [
    route(operation, 'UserMigration', 'validationData'),
    route(operation, 'PreAuthentication', 'validationData', 'documented', 'Pre authentication has no clientMetadata field: the map arrives as validationData.'),
    route(operation, 'DefineAuthChallenge', 'none', 'documented', 'So the first Define and Create of a custom-auth flow never carry it.'),
    route(operation, 'CreateAuthChallenge', 'none'),
    route(operation, 'PostAuthentication', 'none'),
    route(operation, 'PreTokenGeneration', 'none', 'documented', 'Including REFRESH_TOKEN_AUTH.'),
    route(operation, 'CustomMessage', 'none'),
    route(operation, 'CustomEmailSender', 'none'),
    route(operation, 'CustomSMSSender', 'none'),
    route(operation, 'PreSignUp', 'validationData', 'doubtful', `The 2023 API docs list pre sign-up; no flow is known in which ${operation} signs a user up.`),
  ];
}

function respondRoutes(operation: 'RespondToAuthChallenge' | 'AdminRespondToAuthChallenge'): ClientMetadataRoute[] {
  const admin = operation === 'AdminRespondToAuthChallenge';
  return [
    ...(admin
      ? [
          route(operation, 'UserMigration', 'clientMetadata', 'doubtful', 'Documented, but no flow is known in which AdminRespondToAuthChallenge migrates a user.'),
          route(operation, 'PreSignUp', 'clientMetadata', 'doubtful', 'Documented, but no flow is known in which a challenge answer signs a user up.'),
        ]
      : []),
    route(operation, 'DefineAuthChallenge', 'clientMetadata'),
    route(operation, 'CreateAuthChallenge', 'clientMetadata'),
    route(operation, 'VerifyAuthChallengeResponse', 'clientMetadata'),
    route(operation, 'PostAuthentication', 'clientMetadata'),
    route(operation, 'PreTokenGeneration', 'clientMetadata'),
    admin
      ? route(operation, 'CustomMessage', 'clientMetadata')
      : route(operation, 'CustomMessage', 'none', 'documented', 'Custom message lists AdminRespondToAuthChallenge only: the MFA code message of a RespondToAuthChallenge gets none.'),
    route(operation, 'CustomEmailSender', 'clientMetadata'),
    route(operation, 'CustomSMSSender', 'clientMetadata'),
  ];
}

const MANAGED_LOGIN_NOTE = 'Managed login pages take no ClientMetadata.';

/**
 * Where each operation's ClientMetadata lands, per trigger (sheet §4.3, both tables, with the
 * per-trigger D-CUR pages winning over the 2023 per-operation API text). A trigger an operation
 * never fires has no row. `validationData` of pre sign-up is the separate `ValidationData`
 * parameter of SignUp/AdminCreateUser, not ClientMetadata.
 *
 * @example
 * CLIENT_METADATA_ROUTING.find((r) => r.operation === 'InitiateAuth' && r.trigger === 'PreAuthentication')?.routing
 * // 'validationData'
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html#working-with-lambda-trigger-client-metadata
 */
export const CLIENT_METADATA_ROUTING: readonly ClientMetadataRoute[] = [
  route('SignUp', 'PreSignUp', 'clientMetadata'),
  ...messageRoutes('SignUp', 'clientMetadata'),
  route('SignUp', 'PostConfirmation', 'clientMetadata', 'documented', 'The post confirmation page lists SignUp; whether SignUp fires it on auto-confirm is UNVERIFIED.'),
  route('AdminCreateUser', 'PreSignUp', 'clientMetadata'),
  route('AdminCreateUser', 'CustomMessage', 'none', 'documented', 'AdminCreateUser passes ClientMetadata to pre sign-up only.'),
  route('AdminCreateUser', 'CustomEmailSender', 'none'),
  route('AdminCreateUser', 'CustomSMSSender', 'none', 'inferred', 'AdminCreateUser passes ClientMetadata to pre sign-up only.'),
  route('ConfirmSignUp', 'PostConfirmation', 'clientMetadata'),
  route('AdminConfirmSignUp', 'PostConfirmation', 'clientMetadata'),
  route('ForgotPassword', 'UserMigration', 'clientMetadata', 'documented', 'As clientMetadata here, unlike InitiateAuth (validationData).'),
  ...messageRoutes('ForgotPassword', 'clientMetadata'),
  route('ForgotPassword', 'PreSignUp', 'clientMetadata', 'doubtful', 'Listed by the pre sign-up page; no flow is known in which ForgotPassword signs a user up.'),
  route('ConfirmForgotPassword', 'PostConfirmation', 'clientMetadata'),
  ...messageRoutes('ResendConfirmationCode', 'none'),
  ...messageRoutes('UpdateUserAttributes', 'none'),
  ...messageRoutes('AdminUpdateUserAttributes', 'none'),
  ...messageRoutes('GetUserAttributeVerificationCode', 'none'),
  route('AdminResetUserPassword', 'CustomMessage', 'clientMetadata', 'documented', 'Which CustomMessage_* source it uses is UNVERIFIED (option unverified.adminResetUserPasswordMessage).'),
  route('AdminResetUserPassword', 'CustomEmailSender', 'clientMetadata', 'unverified', `Holds for the default source, _ForgotPassword: ${EMAIL_SENDER_ONLY}`),
  route('AdminResetUserPassword', 'CustomSMSSender', 'clientMetadata', 'inferred', SMS_SENDER_NOTE),
  ...initiateRoutes('InitiateAuth'),
  ...initiateRoutes('AdminInitiateAuth'),
  ...respondRoutes('RespondToAuthChallenge'),
  ...respondRoutes('AdminRespondToAuthChallenge'),
  route('GetTokensFromRefreshToken', 'PreTokenGeneration', 'clientMetadata', 'documented', 'The docs map this operation to TokenGeneration_Authentication.'),
  ...(['InboundFederation', 'PreSignUp', 'PostConfirmation', 'UserMigration', 'PreAuthentication', 'PostAuthentication', 'CustomMessage', 'CustomEmailSender', 'CustomSMSSender'] as const).map(
    (t) => route('ManagedLogin', t, 'none', 'documented', MANAGED_LOGIN_NOTE),
  ),
  route(
    'TokenEndpointAuthorizationCode',
    'PreTokenGeneration',
    'none',
    'unverified',
    'A re:Post answer claims aws_client_metadata works with authorization_code too (option unverified.authorizationCodeClientMetadata).',
  ),
  route('TokenEndpointClientCredentials', 'PreTokenGeneration', 'clientMetadata', 'documented', 'Only a V3_0 trigger runs for client credentials; GetClientToken routes the same way.'),
];

/**
 * The row of an operation and trigger, or `undefined` when the operation never fires that trigger.
 *
 * @example
 * clientMetadataRoute('RespondToAuthChallenge', 'CustomMessage')?.routing // 'none'
 * clientMetadataRoute('AdminRespondToAuthChallenge', 'CustomMessage')?.routing // 'clientMetadata'
 */
export function clientMetadataRoute(operation: ApiOperation, trigger: LambdaTrigger): ClientMetadataRoute | undefined {
  return CLIENT_METADATA_ROUTING.find((r) => r.operation === operation && r.trigger === trigger);
}

/** Email sender sources that carry clientMetadata (the custom email sender page). */
export const EMAIL_SENDER_METADATA_SOURCES: readonly TriggerSource[] = [
  'CustomEmailSender_SignUp',
  'CustomEmailSender_ForgotPassword',
  'CustomEmailSender_Authentication',
];

/**
 * What a source's request holds when no map reaches it (sheet §4.3 "Presence in real events"):
 * `clientMetadata` absent, or `null` for the custom senders; `validationData` `null` (pre sign-up
 * from the API, migrate user) or `{}` (pre sign-up from a federated sign-in, pre authentication).
 * A key missing here is a field the source's request does not have.
 */
export interface EmptyForms {
  readonly clientMetadata?: 'absent' | 'null';
  readonly validationData?: 'null' | 'empty';
}

/**
 * The {@link EmptyForms} of a source.
 *
 * @example
 * emptyFormsOf('PreAuthentication_Authentication') // { validationData: 'empty' }
 * emptyFormsOf('CustomEmailSender_ResendCode') // { clientMetadata: 'null' }
 */
export function emptyFormsOf(source: TriggerSource): EmptyForms {
  const trigger = triggerOfSource(source);
  switch (trigger) {
    case 'PreSignUp':
      return { clientMetadata: 'absent', validationData: source === 'PreSignUp_ExternalProvider' ? 'empty' : 'null' };
    case 'PreAuthentication':
      return { validationData: 'empty' };
    case 'UserMigration':
      return { clientMetadata: 'absent', validationData: 'null' };
    case 'CustomEmailSender':
    case 'CustomSMSSender':
      return { clientMetadata: 'null' };
    case 'InboundFederation':
      return {};
    default:
      return { clientMetadata: 'absent' };
  }
}

/**
 * A fact a step or request depends on. Each is drawn by `apiCallArb` (or fixed by its options);
 * `ApiCallScenario.facts` records them.
 */
export const CONDITIONS = {
  'user-in-pool': 'the user is in the pool',
  migrates: 'the user is not in the pool, UserMigration is configured and the flow sends a password (or is ForgotPassword)',
  'user-known': 'the user is in the pool, or migrates',
  'user-not-found': 'the user is not in the pool, does not migrate, and the app client has PreventUserExistenceErrors ENABLED',
  'custom-auth-reachable': 'the user is in the pool, or PreventUserExistenceErrors is ENABLED (custom auth then runs for a user not found)',
  'auto-confirmed': 'the pre sign-up handler returned autoConfirmUser: true',
  'not-auto-confirmed': 'the user is not auto-confirmed, so a confirmation code is sent',
  'post-confirmation-on-auto-confirm': 'UNVERIFIED: SignUp with auto-confirm fires post confirmation (option unverified.postConfirmationOnAutoConfirm)',
  'message-not-suppressed': 'AdminCreateUser without MessageAction SUPPRESS',
  mfa: 'the user has MFA',
  'mfa-code': 'the user has SMS or email MFA, so a code is sent',
  'no-mfa': 'the user has no MFA',
  'new-password': 'the user still has a temporary password (NEW_PASSWORD_REQUIRED)',
  'no-new-password': 'the user has a permanent password',
  'pre-token-v3': 'PreTokenGeneration is configured as V3_0 (the only version called for client credentials)',
  'pre-auth-on-custom-auth': 'UNVERIFIED: pre authentication runs on CUSTOM_AUTH (option unverified.preAuthenticationOnCustomAuth)',
  'inbound-before-pre-sign-up': 'UNVERIFIED: inbound federation runs before pre sign-up (option unverified.inboundFederationOrder)',
  'inbound-after-pre-sign-up': 'UNVERIFIED: inbound federation runs after pre sign-up (option unverified.inboundFederationOrder)',
} as const;

/** A condition id of {@link CONDITIONS}. */
export type Condition = keyof typeof CONDITIONS;

/**
 * Where the user is when a step runs; it decides `userName`, the attributes and
 * `cognito:user_status`:
 * - `signing-up`: SignUp, before the user exists: no `sub`, no Cognito keys, no `*_verified` flags;
 * - `creating`: AdminCreateUser or a federated first sign-in, before the user exists: no `sub` or
 *   Cognito keys, but the `*_verified` flags an admin or an IdP mapping sets;
 * - `unconfirmed`, `confirmed`, `force-change-password`, `reset-required`: an existing user with
 *   that status (`EXTERNAL_PROVIDER` for a federated user);
 * - `typed`: migrate user: the name that was typed, no attributes (the pool has no such user);
 * - `not-found`: PreventUserExistenceErrors ENABLED, no such user: the typed name and `{}`;
 * - `machine`: client credentials: no user at all.
 */
export type StepStage = 'signing-up' | 'creating' | 'unconfirmed' | 'confirmed' | 'force-change-password' | 'reset-required' | 'typed' | 'not-found' | 'machine';

/** What a step fires: a triggerSource, a message (resolved by medium and configured triggers), or the custom-auth rounds. */
export type StepSource =
  | { readonly source: TriggerSource }
  | { readonly message: MessageEvent }
  | { readonly customAuth: 'flow' | 'last-round' };

/** One possible step of a call, in order. */
export type StepSpec = StepSource & {
  /** The request that fires it: a request id, or `last` (the request that completes the flow). */
  readonly request: string;
  /** All must hold; the step's trigger must also be configured. */
  readonly when: readonly Condition[];
  readonly stage: StepStage;
  readonly note: string;
};

/** One request of a call (a sign-in may need several). */
export interface RequestSpec {
  readonly id: string;
  readonly operation: ApiOperation;
  /** The challenge answered (`MFA`: the user's MFA challenge, SMS_MFA, EMAIL_OTP or SOFTWARE_TOKEN_MFA). */
  readonly challengeName?: string;
  readonly when: readonly Condition[];
}

/** One form of a call (an auth flow, a challenge answered, or the call itself). */
export interface ApiCallVariant {
  readonly requests: readonly RequestSpec[];
  readonly steps: readonly StepSpec[];
  /** Migration can happen: a password flow, or ForgotPassword (sheet §3.7). */
  readonly migrates?: boolean;
  /** Facts implied by the variant (a challenge answered implies the user has that MFA, …). */
  readonly implies?: { readonly mfa?: MfaKind; readonly newPasswordRequired?: boolean };
}

/** What a call does to the user: creates it, creates a federated one, uses an existing one, or none. */
export type CallUser = 'creates' | 'creates-federated' | 'existing' | 'federated' | 'none';

/** A call of the catalogue. */
export interface ApiCallSpec {
  readonly summary: string;
  readonly user: CallUser;
  /** What the variants are keyed by. */
  readonly variantKind: 'authFlow' | 'challengeName' | 'none';
  readonly variants: Readonly<Record<string, ApiCallVariant>>;
  readonly see: string;
}

/** MFA a user can have. */
export type MfaKind = 'none' | 'SMS_MFA' | 'EMAIL_OTP' | 'SOFTWARE_TOKEN_MFA';

const s = (source: TriggerSource, request: string, stage: StepStage, note: string, when: readonly Condition[] = []): StepSpec => ({ source, request, stage, note, when });
const m = (message: MessageEvent, request: string, stage: StepStage, note: string, when: readonly Condition[] = []): StepSpec => ({ message, request, stage, note, when });
const r = (id: string, operation: ApiOperation, when: readonly Condition[] = [], challengeName?: string): RequestSpec =>
  challengeName === undefined ? { id, operation, when } : { id, operation, when, challengeName };

/** A call of one request. */
function single(operation: ApiOperation, steps: readonly StepSpec[], extra: Pick<ApiCallVariant, 'migrates'> = {}): ApiCallVariant {
  return { requests: [r('call', operation)], steps, ...extra };
}

/** A password or SRP sign-in through the API, to the end of the flow. */
function passwordSignIn(initiate: 'InitiateAuth' | 'AdminInitiateAuth', flow: 'password' | 'srp'): ApiCallVariant {
  const respond = initiate === 'InitiateAuth' ? 'RespondToAuthChallenge' : 'AdminRespondToAuthChallenge';
  const requests = [r('initiate', initiate)];
  if (flow === 'srp') requests.push(r('password-verifier', respond, ['user-known'], 'PASSWORD_VERIFIER'));
  requests.push(r('new-password', respond, ['user-known', 'new-password'], 'NEW_PASSWORD_REQUIRED'), r('mfa', respond, ['user-known', 'mfa'], 'MFA'));
  const steps: StepSpec[] = [];
  if (flow === 'password') {
    steps.push(s('UserMigration_Authentication', 'initiate', 'typed', 'A user not in the pool: the migrate handler gets the typed name and password (assumed to return CONFIRMED).', ['migrates']));
  }
  steps.push(
    s('PreAuthentication_Authentication', 'initiate', 'not-found', 'No such user: with PreventUserExistenceErrors ENABLED pre authentication still runs, with userNotFound: true; the sign-in then fails.', ['user-not-found']),
    s('PreAuthentication_Authentication', 'initiate', 'confirmed', 'InitiateAuth ClientMetadata arrives as validationData.', ['user-known', 'no-new-password']),
    s('PreAuthentication_Authentication', 'initiate', 'force-change-password', 'An admin-created user signing in with the temporary password.', ['user-known', 'new-password']),
    m('Authentication', flow === 'srp' ? 'password-verifier' : 'initiate', 'confirmed', 'The MFA code; the call returns the MFA challenge.', ['user-known', 'mfa-code']),
    s('PostAuthentication_Authentication', 'last', 'confirmed', 'In the request that completes the sign-in.', ['user-known']),
    s('TokenGeneration_Authentication', 'last', 'confirmed', 'In the request that completes the sign-in.', ['user-known', 'no-new-password']),
    s('TokenGeneration_NewPasswordChallenge', 'last', 'confirmed', 'After the user set a permanent password.', ['user-known', 'new-password']),
  );
  return { requests, steps, migrates: flow === 'password' };
}

/** A CUSTOM_AUTH sign-in through the API, to the end of the flow. */
function customSignIn(initiate: 'InitiateAuth' | 'AdminInitiateAuth'): ApiCallVariant {
  return {
    requests: [r('initiate', initiate)],
    steps: [
      s('PreAuthentication_Authentication', 'initiate', 'not-found', 'No such user, PreventUserExistenceErrors ENABLED: userNotFound: true.', ['user-not-found', 'pre-auth-on-custom-auth']),
      s('PreAuthentication_Authentication', 'initiate', 'confirmed', 'InitiateAuth ClientMetadata arrives as validationData.', ['user-in-pool', 'pre-auth-on-custom-auth']),
      {
        customAuth: 'flow',
        request: 'initiate',
        stage: 'confirmed',
        when: ['custom-auth-reachable'],
        note:
          'InitiateAuth: Define (session [], or [SRP_A] with SRP) and Create with the same session, no clientMetadata. ' +
          'With SRP, RespondToAuthChallenge(PASSWORD_VERIFIER): Define and Create with [SRP_A, PASSWORD_VERIFIER]. ' +
          'Then per RespondToAuthChallenge(CUSTOM_CHALLENGE): Verify (Create’s private parameters), Define (session grown by one), Create for another round; clientMetadata from that request.',
      },
      s('PostAuthentication_Authentication', 'last', 'confirmed', 'After the last Define issued tokens.', ['user-in-pool']),
      s('TokenGeneration_Authentication', 'last', 'confirmed', 'After the last Define issued tokens.', ['user-in-pool']),
    ],
  };
}

function refreshSignIn(initiate: 'InitiateAuth' | 'AdminInitiateAuth'): ApiCallVariant {
  return {
    requests: [r('initiate', initiate)],
    steps: [s('TokenGeneration_RefreshTokens', 'initiate', 'confirmed', 'Pre authentication does not run on refresh; ClientMetadata never reaches pre token generation from InitiateAuth.', ['user-in-pool'])],
  };
}

function respondVariants(op: 'RespondToAuthChallenge' | 'AdminRespondToAuthChallenge'): Record<string, ApiCallVariant> {
  const req = (challengeName: string) => [r('respond', op, [], challengeName)];
  const finish = (token: TriggerSource, when: readonly Condition[] = []): StepSpec[] => [
    s('PostAuthentication_Authentication', 'respond', 'confirmed', 'ClientMetadata of the answer.', ['user-in-pool', ...when]),
    s(token, 'respond', 'confirmed', 'ClientMetadata of the answer.', ['user-in-pool', ...when]),
  ];
  return {
    SMS_MFA: { requests: req('SMS_MFA'), steps: finish('TokenGeneration_Authentication'), implies: { mfa: 'SMS_MFA' } },
    EMAIL_OTP: { requests: req('EMAIL_OTP'), steps: finish('TokenGeneration_Authentication'), implies: { mfa: 'EMAIL_OTP' } },
    SOFTWARE_TOKEN_MFA: { requests: req('SOFTWARE_TOKEN_MFA'), steps: finish('TokenGeneration_Authentication'), implies: { mfa: 'SOFTWARE_TOKEN_MFA' } },
    PASSWORD_VERIFIER: {
      requests: req('PASSWORD_VERIFIER'),
      steps: [
        m('Authentication', 'respond', 'confirmed', 'The MFA code of a user with SMS or email MFA; the call returns the MFA challenge.', ['user-in-pool', 'mfa-code']),
        ...finish('TokenGeneration_Authentication', ['no-mfa']),
      ],
    },
    NEW_PASSWORD_REQUIRED: { requests: req('NEW_PASSWORD_REQUIRED'), steps: finish('TokenGeneration_NewPasswordChallenge'), implies: { newPasswordRequired: true } },
    DEVICE_PASSWORD_VERIFIER: { requests: req('DEVICE_PASSWORD_VERIFIER'), steps: finish('TokenGeneration_AuthenticateDevice') },
    CUSTOM_CHALLENGE: {
      requests: req('CUSTOM_CHALLENGE'),
      steps: [
        {
          customAuth: 'last-round',
          request: 'respond',
          stage: 'confirmed',
          when: ['custom-auth-reachable'],
          note: 'The answer to the last custom challenge: Verify (Create’s private parameters), then Define with the session grown by one entry.',
        },
        ...finish('TokenGeneration_Authentication'),
      ],
    },
  };
}

function messageCall(operation: ApiOperation, message: MessageEvent, stage: StepStage, note: string): ApiCallVariant {
  return single(operation, [m(message, 'call', stage, note, ['user-in-pool'])]);
}

/**
 * The calls `apiCallArb` knows, their variants, requests and ordered steps (sheet §4.4).
 *
 * @example
 * API_CALLS.InitiateAuth.variants.USER_SRP_AUTH.requests.map((r) => r.operation)
 * // ['InitiateAuth', 'RespondToAuthChallenge', 'RespondToAuthChallenge', 'RespondToAuthChallenge']
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html
 */
export const API_CALLS = {
  SignUp: {
    summary: 'A user signs up through the API (or managed login /signup).',
    user: 'creates',
    variantKind: 'none',
    see: `${API_DOCS}API_SignUp.html`,
    variants: {
      default: single('SignUp', [
        s('PreSignUp_SignUp', 'call', 'signing-up', 'ClientMetadata as clientMetadata, the ValidationData parameter as validationData (null when not sent).'),
        m('SignUp', 'call', 'unconfirmed', 'The confirmation code.', ['not-auto-confirmed']),
        s('PostConfirmation_ConfirmSignUp', 'call', 'confirmed', 'Only when pre sign-up auto-confirmed the user.', ['auto-confirmed', 'post-confirmation-on-auto-confirm']),
      ]),
    },
  },
  AdminCreateUser: {
    summary: 'An administrator creates a user; Cognito sends the temporary password.',
    user: 'creates',
    variantKind: 'none',
    see: `${API_DOCS}API_AdminCreateUser.html`,
    variants: {
      default: single('AdminCreateUser', [
        s('PreSignUp_AdminCreateUser', 'call', 'creating', 'ClientMetadata as clientMetadata, ValidationData as validationData; callerContext.clientId is CLIENT_ID_NOT_APPLICABLE.'),
        m('AdminCreateUser', 'call', 'force-change-password', 'The invitation; ClientMetadata does not reach it.', ['message-not-suppressed']),
      ]),
    },
  },
  ConfirmSignUp: {
    summary: 'The user confirms the sign-up code.',
    user: 'existing',
    variantKind: 'none',
    see: `${API_DOCS}API_ConfirmSignUp.html`,
    variants: { default: single('ConfirmSignUp', [s('PostConfirmation_ConfirmSignUp', 'call', 'confirmed', 'ClientMetadata as clientMetadata.', ['user-in-pool'])]) },
  },
  AdminConfirmSignUp: {
    summary: 'An administrator confirms a user.',
    user: 'existing',
    variantKind: 'none',
    see: `${API_DOCS}API_AdminConfirmSignUp.html`,
    variants: {
      default: single('AdminConfirmSignUp', [s('PostConfirmation_ConfirmSignUp', 'call', 'confirmed', 'ClientMetadata as clientMetadata; no app client, so CLIENT_ID_NOT_APPLICABLE.', ['user-in-pool'])]),
    },
  },
  ForgotPassword: {
    summary: 'The user asks for a password-reset code.',
    user: 'existing',
    variantKind: 'none',
    see: `${API_DOCS}API_ForgotPassword.html`,
    variants: {
      default: single(
        'ForgotPassword',
        [
          s('UserMigration_ForgotPassword', 'call', 'typed', 'A user not in the pool: ClientMetadata as clientMetadata (not validationData), no password.', ['migrates']),
          m('ForgotPassword', 'call', 'confirmed', 'The reset code.', ['user-known']),
        ],
        { migrates: true },
      ),
    },
  },
  ConfirmForgotPassword: {
    summary: 'The user sets a new password with the reset code.',
    user: 'existing',
    variantKind: 'none',
    see: `${API_DOCS}API_ConfirmForgotPassword.html`,
    variants: { default: single('ConfirmForgotPassword', [s('PostConfirmation_ConfirmForgotPassword', 'call', 'confirmed', 'ClientMetadata as clientMetadata.', ['user-in-pool'])]) },
  },
  ResendConfirmationCode: {
    summary: 'The user asks for the sign-up code again.',
    user: 'existing',
    variantKind: 'none',
    see: `${API_DOCS}API_ResendConfirmationCode.html`,
    variants: { default: messageCall('ResendConfirmationCode', 'ResendCode', 'unconfirmed', 'The confirmation code again.') },
  },
  UpdateUserAttributes: {
    summary: 'The user changes an email or phone number that the pool verifies.',
    user: 'existing',
    variantKind: 'none',
    see: `${API_DOCS}API_UpdateUserAttributes.html`,
    variants: { default: messageCall('UpdateUserAttributes', 'UpdateUserAttribute', 'confirmed', 'The verification code for the new value.') },
  },
  AdminUpdateUserAttributes: {
    summary: 'An administrator changes an email or phone number that the pool verifies.',
    user: 'existing',
    variantKind: 'none',
    see: `${API_DOCS}API_AdminUpdateUserAttributes.html`,
    variants: { default: messageCall('AdminUpdateUserAttributes', 'UpdateUserAttribute', 'confirmed', 'The verification code for the new value.') },
  },
  GetUserAttributeVerificationCode: {
    summary: 'The user asks for a code to verify an email or phone number.',
    user: 'existing',
    variantKind: 'none',
    see: `${API_DOCS}API_GetUserAttributeVerificationCode.html`,
    variants: { default: messageCall('GetUserAttributeVerificationCode', 'VerifyUserAttribute', 'confirmed', 'The verification code (the docs table names VerifyUserAttributes here, which only checks a code).') },
  },
  AdminResetUserPassword: {
    summary: 'An administrator resets a password; Cognito sends a reset code.',
    user: 'existing',
    variantKind: 'none',
    see: `${API_DOCS}API_AdminResetUserPassword.html`,
    variants: {
      default: messageCall('AdminResetUserPassword', 'ForgotPassword', 'reset-required', 'UNVERIFIED source: _ForgotPassword by default (option unverified.adminResetUserPasswordMessage).'),
    },
  },
  InitiateAuth: {
    summary: 'A sign-in through the API, to the end of the flow (the RespondToAuthChallenge requests it needs included).',
    user: 'existing',
    variantKind: 'authFlow',
    see: `${API_DOCS}API_InitiateAuth.html`,
    variants: {
      USER_PASSWORD_AUTH: passwordSignIn('InitiateAuth', 'password'),
      USER_SRP_AUTH: passwordSignIn('InitiateAuth', 'srp'),
      CUSTOM_AUTH: customSignIn('InitiateAuth'),
      REFRESH_TOKEN_AUTH: refreshSignIn('InitiateAuth'),
    },
  },
  AdminInitiateAuth: {
    summary: 'A server-side sign-in, to the end of the flow (AdminRespondToAuthChallenge requests included).',
    user: 'existing',
    variantKind: 'authFlow',
    see: `${API_DOCS}API_AdminInitiateAuth.html`,
    variants: {
      ADMIN_USER_PASSWORD_AUTH: passwordSignIn('AdminInitiateAuth', 'password'),
      CUSTOM_AUTH: customSignIn('AdminInitiateAuth'),
      REFRESH_TOKEN_AUTH: refreshSignIn('AdminInitiateAuth'),
    },
  },
  RespondToAuthChallenge: {
    summary: 'One answer to a challenge.',
    user: 'existing',
    variantKind: 'challengeName',
    see: `${API_DOCS}API_RespondToAuthChallenge.html`,
    variants: respondVariants('RespondToAuthChallenge'),
  },
  AdminRespondToAuthChallenge: {
    summary: 'One server-side answer to a challenge; unlike RespondToAuthChallenge, its ClientMetadata reaches custom message.',
    user: 'existing',
    variantKind: 'challengeName',
    see: `${API_DOCS}API_AdminRespondToAuthChallenge.html`,
    variants: respondVariants('AdminRespondToAuthChallenge'),
  },
  GetTokensFromRefreshToken: {
    summary: 'New tokens from a refresh token (the newer operation).',
    user: 'existing',
    variantKind: 'none',
    see: `${API_DOCS}API_GetTokensFromRefreshToken.html`,
    variants: {
      default: single('GetTokensFromRefreshToken', [
        s('TokenGeneration_Authentication', 'call', 'confirmed', 'The docs map this operation to TokenGeneration_Authentication, not _RefreshTokens; ClientMetadata as clientMetadata.', ['user-in-pool']),
      ]),
    },
  },
  HostedUISignIn: {
    summary: 'A username-and-password sign-in on managed login (hosted UI), then the code exchange at /oauth2/token.',
    user: 'existing',
    variantKind: 'none',
    see: `${DOCS}cognito-user-pools-managed-login.html`,
    variants: {
      default: {
        migrates: true,
        requests: [r('login', 'ManagedLogin'), r('mfa', 'ManagedLogin', ['user-known', 'mfa'], 'MFA'), r('token', 'TokenEndpointAuthorizationCode', ['user-known'])],
        steps: [
          s('UserMigration_Authentication', 'login', 'typed', 'A user not in the pool: validationData null (managed login sends no ClientMetadata).', ['migrates']),
          s('PreAuthentication_Authentication', 'login', 'not-found', 'No such user, PreventUserExistenceErrors ENABLED.', ['user-not-found']),
          s('PreAuthentication_Authentication', 'login', 'confirmed', 'validationData {}: managed login sends no ClientMetadata.', ['user-known']),
          m('Authentication', 'login', 'confirmed', 'The MFA code.', ['user-known', 'mfa-code']),
          s('PostAuthentication_Authentication', 'login', 'confirmed', 'No clientMetadata.', ['user-known', 'no-mfa']),
          s('PostAuthentication_Authentication', 'mfa', 'confirmed', 'No clientMetadata.', ['user-known', 'mfa']),
          s('TokenGeneration_HostedAuth', 'token', 'confirmed', 'When the app redeems the code; aws_client_metadata reaching it is UNVERIFIED (off by default).', ['user-known']),
        ],
      },
    },
  },
  FederatedFirstSignIn: {
    summary: 'A user’s first sign-in through an external IdP (managed login), then the code exchange.',
    user: 'creates-federated',
    variantKind: 'none',
    see: `${DOCS}cognito-user-pools-identity-federation.html`,
    variants: {
      default: {
        requests: [r('idp-response', 'ManagedLogin'), r('token', 'TokenEndpointAuthorizationCode')],
        steps: [
          s('InboundFederation_ExternalProvider', 'idp-response', 'creating', 'UNVERIFIED order: before pre sign-up by default (the docs: before the profile is created).', ['inbound-before-pre-sign-up']),
          s('PreSignUp_ExternalProvider', 'idp-response', 'creating', 'validationData {}, no clientMetadata.'),
          s('InboundFederation_ExternalProvider', 'idp-response', 'creating', 'UNVERIFIED order: after pre sign-up.', ['inbound-after-pre-sign-up']),
          s('PostConfirmation_ConfirmSignUp', 'idp-response', 'confirmed', 'A federated first sign-in confirms the user: status EXTERNAL_PROVIDER.'),
          s('TokenGeneration_HostedAuth', 'token', 'confirmed', 'When the app redeems the code.'),
        ],
      },
    },
  },
  FederatedSignIn: {
    summary: 'A later sign-in through an external IdP (managed login), then the code exchange.',
    user: 'federated',
    variantKind: 'none',
    see: `${DOCS}cognito-user-pools-identity-federation.html`,
    variants: {
      default: {
        requests: [r('idp-response', 'ManagedLogin'), r('token', 'TokenEndpointAuthorizationCode')],
        steps: [
          s('InboundFederation_ExternalProvider', 'idp-response', 'confirmed', 'Every federated sign-in, before the profile is updated.'),
          s('PreAuthentication_Authentication', 'idp-response', 'confirmed', 'validationData {}.'),
          s('PostAuthentication_Authentication', 'idp-response', 'confirmed', 'No clientMetadata.'),
          s('TokenGeneration_HostedAuth', 'token', 'confirmed', 'When the app redeems the code.'),
        ],
      },
    },
  },
  ClientCredentials: {
    summary: 'A machine-to-machine token (client_credentials grant; GetClientToken routes the same way).',
    user: 'none',
    variantKind: 'none',
    see: `${DOCS}user-pool-lambda-pre-token-generation.html`,
    variants: {
      default: {
        requests: [r('token', 'TokenEndpointClientCredentials')],
        steps: [s('TokenGeneration_ClientCredentials', 'token', 'machine', 'Only for a V3_0 trigger; aws_client_metadata as clientMetadata.', ['pre-token-v3'])],
      },
    },
  },
} as const satisfies Record<string, ApiCallSpec>;

/** A call of {@link API_CALLS}. */
export type ApiCallName = keyof typeof API_CALLS;

/** The calls in catalogue order. */
export const API_CALL_NAMES = Object.keys(API_CALLS) as ApiCallName[];

/** The auth flows of the InitiateAuth and AdminInitiateAuth scenarios. */
export type AuthFlow = keyof (typeof API_CALLS)['InitiateAuth']['variants'] | keyof (typeof API_CALLS)['AdminInitiateAuth']['variants'];

/** The challenges a RespondToAuthChallenge scenario can answer. */
export type RespondChallenge = keyof (typeof API_CALLS)['RespondToAuthChallenge']['variants'];

/**
 * The choices on points the sheet marks UNVERIFIED, each an option of `apiCallArb` (under
 * `unverified`), with the default the kit uses.
 */
export interface UnverifiedChoices {
  /**
   * SignUp whose pre sign-up handler auto-confirms the user fires `PostConfirmation_ConfirmSignUp`
   * (sheet §2, §4.4, §7). Default `true`: the post confirmation page lists SignUp among the calls
   * whose ClientMetadata it receives, which only makes sense if SignUp can fire it.
   */
  postConfirmationOnAutoConfirm?: boolean;
  /**
   * Pre authentication runs at the start of CUSTOM_AUTH (sheet §3.3). Default `true`: the current
   * docs list it for every InitiateAuth; the contrary statement dates from 2020.
   */
  preAuthenticationOnCustomAuth?: boolean;
  /** The custom message source of AdminResetUserPassword (sheet §4.4). Default `ForgotPassword`: it sends a reset code. */
  adminResetUserPasswordMessage?: Exclude<MessageEvent, 'AccountTakeOverNotification'>;
  /**
   * Inbound federation relative to pre sign-up on a first federated sign-in (sheet §3.10). Default
   * `before-pre-sign-up`: the docs say it runs before Cognito creates the profile.
   */
  inboundFederationOrder?: 'before-pre-sign-up' | 'after-pre-sign-up';
  /**
   * The token endpoint's `aws_client_metadata` reaches pre token generation in an
   * authorization_code grant (sheet §4.3: a re:Post claim). Default `false`: documented for
   * client credentials only.
   */
  authorizationCodeClientMetadata?: boolean;
}

/**
 * The defaults of {@link UnverifiedChoices}.
 *
 * @example
 * apiCallArb('SignUp', { autoConfirm: true, unverified: { ...UNVERIFIED_DEFAULTS, postConfirmationOnAutoConfirm: false } })
 */
export const UNVERIFIED_DEFAULTS: Readonly<Required<UnverifiedChoices>> = {
  postConfirmationOnAutoConfirm: true,
  preAuthenticationOnCustomAuth: true,
  adminResetUserPasswordMessage: 'ForgotPassword',
  inboundFederationOrder: 'before-pre-sign-up',
  authorizationCodeClientMetadata: false,
};
