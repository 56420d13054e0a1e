import { describe, expect, it } from 'vitest';
import { TOKEN_PLACEHOLDERS, invokeHandler, previewTokens } from '../../src/harness.js';
import { KitUsageError } from '../../src/shared/errors.js';
import { clientCredentialsEvent, preSignUpEvent, preTokenV1Event, preTokenV2Event, realEvent } from '../harness/events.js';

const CLIENT_ID = '3vhuvd93e78a25rbpu1voha2ik';
const SUB = '0588acd1-d7e3-4ec6-b65d-0134a947b3e1';
const ROLE = 'arn:aws:iam::123456789012:role/reader';

const v1 = (details: unknown) => ({ response: { claimsOverrideDetails: details } });
const v2 = (details: unknown) => ({ response: { claimsAndScopeOverrideDetails: details } });
const rules = (p: { warnings: Array<{ rule: string }> }) => p.warnings.map((w) => w.rule);

describe('previewTokens: base claims from the event', () => {
  it('builds the ID token from the user, the pool and the client, with placeholders for times and ids', () => {
    const { idToken } = previewTokens(preTokenV1Event());
    const { time, id } = TOKEN_PLACEHOLDERS;
    expect(idToken).toEqual({
      sub: SUB,
      'cognito:groups': ['readers'],
      'cognito:roles': [ROLE],
      'cognito:preferred_role': ROLE,
      email: 'jane@example.com',
      email_verified: true,
      phone_number_verified: false,
      updated_at: 1700000000,
      'custom:plan': 'free',
      'dev:score': '42',
      iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI',
      'cognito:username': 'jane',
      origin_jti: id,
      aud: CLIENT_ID,
      event_id: id,
      token_use: 'id',
      auth_time: time,
      exp: time,
      iat: time,
      jti: id,
    });
  });

  it('leaves Cognito bookkeeping attributes (cognito:user_status) out of the ID token', () => {
    expect(previewTokens(preTokenV1Event()).idToken).not.toHaveProperty('cognito:user_status');
  });

  it('builds the access token with username, client_id, scope and version 2', () => {
    const { accessToken, scopes } = previewTokens(preTokenV2Event());
    expect(accessToken).toMatchObject({
      sub: SUB,
      'cognito:groups': ['readers'],
      client_id: CLIENT_ID,
      token_use: 'access',
      scope: 'aws.cognito.signin.user.admin openid email phone',
      username: 'jane',
      version: 2,
    });
    expect(accessToken).not.toHaveProperty('cognito:roles');
    expect(accessToken).not.toHaveProperty('aud');
    expect(scopes).toEqual(['aws.cognito.signin.user.admin', 'openid', 'email', 'phone']);
  });

  it('assumes an API sign-in scope for V1, whose event carries no scopes', () => {
    expect(previewTokens(preTokenV1Event()).accessToken.scope).toBe('aws.cognito.signin.user.admin');
  });

  it('turns the identities attribute into its claim form (primary and dateCreated as strings)', () => {
    const { idToken } = previewTokens(realEvent('github-captured-pretokengen-v1-hostedauth-saml.json'));
    expect(idToken?.identities).toEqual([
      { userId: '...', providerName: 'azuread1', providerType: 'SAML', issuer: 'https://sts.windows.net/UUID/', primary: 'true', dateCreated: '1111111111111' },
    ]);
    expect(idToken?.['cognito:groups']).toEqual(['USERPOOLID_azuread1']);
    expect(idToken).not.toHaveProperty('cognito:roles');
    expect(idToken).not.toHaveProperty('cognito:preferred_role');
  });

  it('leaves the group claims out for a user without groups', () => {
    const event = preTokenV1Event();
    (event.request as { groupConfiguration: unknown }).groupConfiguration = { groupsToOverride: [], iamRolesToOverride: [], preferredRole: null };
    const { idToken, accessToken } = previewTokens(event);
    expect(idToken).not.toHaveProperty('cognito:groups');
    expect(accessToken).not.toHaveProperty('cognito:groups');
  });

  it("reads the docs' array preferredRole as its first role", () => {
    const p = previewTokens(realEvent('awsdocs-pretokengen-v2-authentication.json'));
    expect(p.preferredRole).toBe('arn:aws:iam::123456789012:role/sns_caller');
    expect(p.idToken?.['cognito:preferred_role']).toBe('arn:aws:iam::123456789012:role/sns_caller');
  });

  it("treats the docs' incoming claimsAndScopeOverrideDetails: [] as no change", () => {
    const p = previewTokens(realEvent('awsdocs-pretokengen-v2-authentication.json'));
    expect(p.warnings).toEqual([]);
    expect(p.scopes).toEqual(['aws.cognito.signin.user.admin', 'openid', 'email', 'phone']);
  });
});

describe('previewTokens: V1 claimsOverrideDetails', () => {
  it('adds and overrides ID-token claims, and suppresses others', () => {
    const p = previewTokens(preTokenV1Event(), v1({ claimsToAddOrOverride: { plan: 'pro', email: 'other@example.com' }, claimsToSuppress: ['custom:plan'] }));
    expect(p.idToken).toMatchObject({ plan: 'pro', email: 'other@example.com' });
    expect(p.idToken).not.toHaveProperty('custom:plan');
    expect(p.accessToken).not.toHaveProperty('plan');
    expect(p.warnings).toEqual([]);
  });

  it('lets suppression win over addition, with a warning on the addition', () => {
    const p = previewTokens(preTokenV1Event(), v1({ claimsToAddOrOverride: { plan: 'pro' }, claimsToSuppress: ['plan'] }));
    expect(p.idToken).not.toHaveProperty('plan');
    expect(p.warnings).toEqual([
      expect.objectContaining({ rule: 'preview/suppressed-and-added', severity: 'warning', path: ['response', 'claimsOverrideDetails', 'claimsToAddOrOverride', 'plan'] }),
    ]);
  });

  it('leaves protected claims as they were, one warning per attempt with its path', () => {
    const p = previewTokens(
      preTokenV1Event(),
      v1({ claimsToAddOrOverride: { sub: 'forged', 'cognito:username': 'admin', aud: 'other' }, claimsToSuppress: ['iss', 'cognito:username'] }),
    );
    expect(p.idToken).toMatchObject({ sub: SUB, 'cognito:username': 'jane', aud: CLIENT_ID, iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI' });
    expect(p.warnings.map((w) => [w.rule, w.path.slice(2)])).toEqual([
      ['preview/protected-claim', ['claimsToAddOrOverride', 'sub']],
      ['preview/protected-claim', ['claimsToAddOrOverride', 'cognito:username']],
      ['preview/protected-claim', ['claimsToAddOrOverride', 'aud']],
      ['preview/protected-claim', ['claimsToSuppress', 0]],
      ['preview/protected-claim', ['claimsToSuppress', 1]],
    ]);
    expect(p.warnings[0]!.message).toContain(SUB);
  });

  it('refuses any other cognito:* claim too', () => {
    const p = previewTokens(preTokenV1Event(), v1({ claimsToAddOrOverride: { 'cognito:user_status': 'CONFIRMED' } }));
    expect(p.idToken).not.toHaveProperty('cognito:user_status');
    expect(rules(p)).toEqual(['preview/protected-claim']);
  });

  it('suppresses a dev:* claim but refuses to add or change one', () => {
    const suppressed = previewTokens(preTokenV1Event(), v1({ claimsToSuppress: ['dev:score'] }));
    expect(suppressed.idToken).not.toHaveProperty('dev:score');
    expect(suppressed.warnings).toEqual([]);
    const changed = previewTokens(preTokenV1Event(), v1({ claimsToAddOrOverride: { 'dev:score': '99', 'dev:new': 'x' } }));
    expect(changed.idToken?.['dev:score']).toBe('42');
    expect(changed.idToken).not.toHaveProperty('dev:new');
    expect(rules(changed)).toEqual(['preview/dev-claim', 'preview/dev-claim']);
  });

  it('changes groups only through groupOverrideDetails, never through claimsToAddOrOverride', () => {
    const p = previewTokens(preTokenV1Event(), v1({ claimsToAddOrOverride: { 'cognito:groups': 'admins', 'cognito:roles': 'x' } }));
    expect(p.idToken?.['cognito:groups']).toEqual(['readers']);
    expect(rules(p)).toEqual(['preview/group-claim', 'preview/group-claim']);
  });

  it('replaces the groups, roles and preferred role in both tokens with groupOverrideDetails', () => {
    const admin = 'arn:aws:iam::123456789012:role/admin';
    const p = previewTokens(preTokenV1Event(), v1({ groupOverrideDetails: { groupsToOverride: ['admins'], iamRolesToOverride: [admin], preferredRole: admin } }));
    expect(p.idToken).toMatchObject({ 'cognito:groups': ['admins'], 'cognito:roles': [admin], 'cognito:preferred_role': admin });
    expect(p.accessToken['cognito:groups']).toEqual(['admins']);
    expect(p.groups).toEqual(['admins']);
    expect(p.warnings).toEqual([]);
  });

  it('drops the roles a group override leaves out (it replaces, it does not merge)', () => {
    const p = previewTokens(preTokenV1Event(), v1({ groupOverrideDetails: { groupsToOverride: ['admins'] } }));
    expect(p.idToken?.['cognito:groups']).toEqual(['admins']);
    expect(p.idToken).not.toHaveProperty('cognito:roles');
    expect(p.idToken).not.toHaveProperty('cognito:preferred_role');
  });

  it.each([
    ['null', null],
    ['empty', {}],
  ])('removes every group when groupOverrideDetails is %s, with a warning', (_what, details) => {
    const p = previewTokens(preTokenV1Event(), v1({ groupOverrideDetails: details }));
    expect(p.idToken).not.toHaveProperty('cognito:groups');
    expect(p.idToken).not.toHaveProperty('cognito:roles');
    expect(p.accessToken).not.toHaveProperty('cognito:groups');
    expect(p.groups).toEqual([]);
    expect(p.warnings).toEqual([expect.objectContaining({ rule: 'preview/groups-removed', path: ['response', 'claimsOverrideDetails', 'groupOverrideDetails'] })]);
  });

  it('keeps the event groups when groupOverrideDetails is absent', () => {
    expect(previewTokens(preTokenV1Event(), v1({ claimsToAddOrOverride: { a: 'b' } })).groups).toEqual(['readers']);
  });

  it('takes the roles and preferred role away with a suppressed cognito:groups (ID token only in V1)', () => {
    const p = previewTokens(preTokenV1Event(), v1({ claimsToSuppress: ['cognito:groups'] }));
    expect(p.idToken).not.toHaveProperty('cognito:groups');
    expect(p.idToken).not.toHaveProperty('cognito:roles');
    expect(p.idToken).not.toHaveProperty('cognito:preferred_role');
    expect(p.accessToken['cognito:groups']).toEqual(['readers']);
  });

  it('refuses to suppress cognito:roles on its own', () => {
    const p = previewTokens(preTokenV1Event(), v1({ claimsToSuppress: ['cognito:roles'] }));
    expect(p.idToken?.['cognito:roles']).toEqual([ROLE]);
    expect(rules(p)).toEqual(['preview/group-claim']);
  });

  it('applies nothing from a V2 response sent to a V1 trigger, and says so', () => {
    const p = previewTokens(preTokenV1Event(), v2({ idTokenGeneration: { claimsToAddOrOverride: { plan: 'pro' } } }));
    expect(p.idToken).not.toHaveProperty('plan');
    expect(rules(p)).toEqual(['preview/wrong-version-response']);
  });
});

describe('previewTokens: V2/V3 claimsAndScopeOverrideDetails', () => {
  it('changes the ID and access tokens separately, with complex values', () => {
    const p = previewTokens(
      preTokenV2Event(),
      v2({
        idTokenGeneration: { claimsToAddOrOverride: { profile: { tier: 'gold', flags: [1, true] } }, claimsToSuppress: ['email'] },
        accessTokenGeneration: { claimsToAddOrOverride: { tenant: 'acme', quota: 9 }, claimsToSuppress: ['cognito:groups'] },
      }),
    );
    expect(p.idToken?.profile).toEqual({ tier: 'gold', flags: [1, true] });
    expect(p.idToken).not.toHaveProperty('email');
    expect(p.idToken).not.toHaveProperty('tenant');
    expect(p.accessToken).toMatchObject({ tenant: 'acme', quota: 9 });
    expect(p.accessToken).not.toHaveProperty('cognito:groups');
    expect(p.idToken?.['cognito:groups']).toEqual(['readers']);
    expect(p.warnings).toEqual([]);
  });

  it('adds and suppresses scopes, suppression winning over addition', () => {
    const p = previewTokens(
      preTokenV2Event(),
      v2({ accessTokenGeneration: { scopesToAdd: ['orders/read', 'orders/write'], scopesToSuppress: ['phone', 'orders/write'] } }),
    );
    expect(p.scopes).toEqual(['aws.cognito.signin.user.admin', 'openid', 'email', 'orders/read']);
    expect(p.accessToken.scope).toBe('aws.cognito.signin.user.admin openid email orders/read');
    expect(p.warnings).toEqual([
      expect.objectContaining({ rule: 'preview/suppressed-and-added', path: ['response', 'claimsAndScopeOverrideDetails', 'accessTokenGeneration', 'scopesToAdd', 1] }),
    ]);
  });

  it('does not add a scope with blank space in it', () => {
    const p = previewTokens(preTokenV2Event(), v2({ accessTokenGeneration: { scopesToAdd: ['orders/read orders/write'] } }));
    expect(p.scopes).not.toContain('orders/read orders/write');
    expect(rules(p)).toEqual(['preview/invalid-scope']);
  });

  it('changes scope only through scopesToAdd / scopesToSuppress', () => {
    const p = previewTokens(preTokenV2Event(), v2({ accessTokenGeneration: { claimsToAddOrOverride: { scope: 'admin' }, claimsToSuppress: ['scope'] } }));
    expect(p.accessToken.scope).toBe('aws.cognito.signin.user.admin openid email phone');
    expect(rules(p)).toEqual(['preview/scope-claim', 'preview/scope-claim']);
  });

  it('leaves protected access-token claims as they were', () => {
    const p = previewTokens(
      preTokenV2Event(),
      v2({ accessTokenGeneration: { claimsToAddOrOverride: { client_id: 'x', username: 'root', version: 3 }, claimsToSuppress: ['token_use'] } }),
    );
    expect(p.accessToken).toMatchObject({ client_id: CLIENT_ID, username: 'jane', version: 2, token_use: 'access' });
    expect(rules(p)).toEqual(['preview/protected-claim', 'preview/protected-claim', 'preview/protected-claim', 'preview/protected-claim']);
  });

  it('adds aud to the access token only with the app client id', () => {
    const ok = previewTokens(preTokenV2Event(), v2({ accessTokenGeneration: { claimsToAddOrOverride: { aud: CLIENT_ID } } }));
    expect(ok.accessToken.aud).toBe(CLIENT_ID);
    expect(ok.warnings).toEqual([]);
    const other = previewTokens(preTokenV2Event(), v2({ accessTokenGeneration: { claimsToAddOrOverride: { aud: 'https://api.example.com' } } }));
    expect(other.accessToken).not.toHaveProperty('aud');
    expect(rules(other)).toEqual(['preview/access-token-aud']);
  });

  it('replaces the groups through groupOverrideDetails in V2 as in V1', () => {
    const p = previewTokens(preTokenV2Event(), v2({ groupOverrideDetails: { groupsToOverride: ['ops'] } }));
    expect(p.idToken?.['cognito:groups']).toEqual(['ops']);
    expect(p.accessToken['cognito:groups']).toEqual(['ops']);
  });

  it('applies nothing from a V1 response sent to a V2 trigger, and says so', () => {
    const p = previewTokens(preTokenV2Event(), v1({ claimsToAddOrOverride: { plan: 'pro' } }));
    expect(p.idToken).not.toHaveProperty('plan');
    expect(rules(p)).toEqual(['preview/wrong-version-response']);
  });

  it('issues no ID token and no groups for client credentials (V3), and reports changes to them as ignored', () => {
    const p = previewTokens(
      clientCredentialsEvent(),
      v2({
        idTokenGeneration: { claimsToAddOrOverride: { plan: 'pro' } },
        accessTokenGeneration: { claimsToAddOrOverride: { tenant: 'acme' }, scopesToAdd: ['orders/write'] },
        groupOverrideDetails: { groupsToOverride: ['machines'] },
      }),
    );
    expect(p.idToken).toBeUndefined();
    expect(p.accessToken).toMatchObject({ sub: CLIENT_ID, client_id: CLIENT_ID, tenant: 'acme', scope: 'orders/read orders/write', token_use: 'access' });
    expect(p.accessToken).not.toHaveProperty('username');
    expect(p.accessToken).not.toHaveProperty('cognito:groups');
    expect(p.groups).toEqual([]);
    expect(rules(p).sort()).toEqual(['preview/client-credentials', 'preview/client-credentials']);
  });
});

describe('previewTokens: arguments', () => {
  it('accepts the handler output, the response alone, or nothing (the event response)', () => {
    const response = { claimsOverrideDetails: { claimsToAddOrOverride: { plan: 'pro' } } };
    expect(previewTokens(preTokenV1Event(), { ...preTokenV1Event(), response }).idToken?.plan).toBe('pro');
    expect(previewTokens(preTokenV1Event(), response).idToken?.plan).toBe('pro');
    expect(previewTokens({ ...preTokenV1Event(), response }).idToken?.plan).toBe('pro');
  });

  it('previews what invokeHandler returned', async () => {
    const handler = async (event: { response: object }) => ({ ...event, response: { claimsOverrideDetails: { claimsToAddOrOverride: { plan: 'pro' } } } });
    const outcome = await invokeHandler(handler, preTokenV1Event());
    expect(outcome.kind).toBe('returned');
    expect(previewTokens(preTokenV1Event(), outcome.kind === 'returned' ? outcome.output : undefined).idToken?.plan).toBe('pro');
  });

  it('takes an invokeHandler outcome directly, and refuses one that carries no output', async () => {
    const returning = async (event: { response: object }) => ({ ...event, response: { claimsOverrideDetails: { claimsToSuppress: ['email'] } } });
    expect(previewTokens(preTokenV1Event(), await invokeHandler(returning, preTokenV1Event())).idToken).not.toHaveProperty('email');
    const throwing = async () => {
      throw new Error('no tokens for you');
    };
    const outcome = await invokeHandler(throwing, preTokenV1Event());
    expect(() => previewTokens(preTokenV1Event(), outcome)).toThrow(/outcome threw/);
  });

  it('refuses an event that is not a pre token generation event', () => {
    expect(() => previewTokens(preSignUpEvent())).toThrow(KitUsageError);
    expect(() => previewTokens(preSignUpEvent())).toThrow(/pre token generation/);
    expect(() => previewTokens({})).toThrow(/triggerSource/);
  });

  it('reads the version from options.target when the event does not say', () => {
    const event = { ...preTokenV2Event(), version: '1' };
    const p = previewTokens(event, v2({ accessTokenGeneration: { scopesToAdd: ['x/y'] } }), { target: 'pre-token-generation-v2' });
    expect(p.scopes).toContain('x/y');
  });
});
