/**
 * Inbound federation (sheet §3.10): `userAttributesToMap` is a map of strings that **replaces** the
 * attributes Cognito would map from the identity provider; `{}` keeps them all.
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
import { codePointLength, LIMITS } from '../../shared/patterns.js';
import { isObj } from '../../rules/json.js';
import type { RuleSpec } from '../../rules/types.js';
import { stringMapsRule } from '../../rules/values.js';

/**
 * Cognito's standard attributes (the OIDC standard claims): an IdP claim with one of these names is an attribute the pool can map.
 *
 * @example
 * STANDARD_ATTRIBUTES.includes('email') // true
 */
export const STANDARD_ATTRIBUTES = [
  'address',
  'birthdate',
  'email',
  'family_name',
  'gender',
  'given_name',
  'locale',
  'middle_name',
  'name',
  'nickname',
  'phone_number',
  'picture',
  'preferred_username',
  'profile',
  'website',
  'zoneinfo',
] as const;

/** Well-known SAML claim types and the standard attribute they usually map to. */
const SAML_CLAIMS: Record<string, string> = {
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress': 'email',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname': 'given_name',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname': 'family_name',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/mobilephone': 'phone_number',
};

/**
 * The standard attributes the identity provider sent in this event (from `idToken`, `userInfo`,
 * or well-known SAML claim types). The pool's attribute mapping is not in the event, so this is
 * the best guess of what Cognito would otherwise map.
 *
 * @example
 * providedAttributes({ request: { attributes: { userInfo: { email: 'a@example.com', bio: '…' } } } }) // ['email']
 */
export function providedAttributes(event: unknown): string[] {
  const attrs = isObj(event) && isObj(event.request) && isObj(event.request.attributes) ? event.request.attributes : {};
  const found = new Set<string>();
  for (const part of ['idToken', 'userInfo'] as const) {
    const claims = attrs[part];
    if (!isObj(claims)) continue;
    for (const key of Object.keys(claims)) if ((STANDARD_ATTRIBUTES as readonly string[]).includes(key)) found.add(key);
  }
  if (isObj(attrs.samlResponse)) {
    for (const key of Object.keys(attrs.samlResponse)) {
      const mapped = SAML_CLAIMS[key];
      if (mapped) found.add(mapped);
    }
  }
  return [...found].sort();
}

const attributeNotString = stringMapsRule({
  what: 'attribute-not-string',
  fields: ['userAttributesToMap'],
  cognitoDoes: 'Answers InvalidLambdaResponseException "Unrecognizable lambda output" and the federated sign-in fails.',
  summary: 'userAttributesToMap must map strings to strings.',
});

const attributesDropped: RuleSpec = {
  what: 'attributes-dropped',
  severity: 'warning',
  summary: 'A non-empty userAttributesToMap replaces the mapped attributes: standard attributes the IdP sent but the map leaves out are dropped.',
  cognitoDoes: 'Stores exactly the attributes in the map (an empty map keeps them all): attributes left out are not created or updated.',
  check(ctx) {
    const map = ctx.response?.userAttributesToMap;
    if (!isObj(map) || Object.keys(map).length === 0) return [];
    const dropped = providedAttributes(ctx.event).filter((a) => !(a in map));
    if (dropped.length === 0) return [];
    return [
      {
        path: ['response', 'userAttributesToMap'],
        message: `userAttributesToMap replaces the attribute set, and it leaves out ${dropped.join(', ')}, which the identity provider sent: Cognito drops them (return {} to keep the mapped attributes, or add them to the map)`,
      },
    ];
  },
};

const valueTooLong: RuleSpec = {
  what: 'value-too-long',
  severity: 'warning',
  summary: `An attribute value in userAttributesToMap is at most ${LIMITS.attributeValue} characters.`,
  cognitoDoes: `Stores at most ${LIMITS.attributeValue} characters per attribute; the docs truncate longer IdP values in the handler (what Cognito does with a longer value is UNVERIFIED).`,
  check(ctx) {
    const map = ctx.response?.userAttributesToMap;
    if (!isObj(map)) return [];
    return Object.entries(map)
      .filter(([, v]) => typeof v === 'string' && codePointLength(v) > LIMITS.attributeValue)
      .map(([k, v]) => ({
        path: ['response', 'userAttributesToMap', k],
        message: `${k} is ${codePointLength(v as string)} characters; a Cognito attribute value holds at most ${LIMITS.attributeValue} (truncate it as the AWS example does)`,
      }));
  },
};

/**
 * The inbound federation rules beyond the shared output rules.
 *
 * @example
 * rulesFor('inbound-federation') // the shared output rules, then INBOUND_FEDERATION_RULES
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export const INBOUND_FEDERATION_RULES: readonly RuleSpec[] = [attributeNotString, attributesDropped, valueTooLong];
