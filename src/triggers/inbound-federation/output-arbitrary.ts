/**
 * Inbound federation outputs: `{}` (keep the mapped attributes) or a map that keeps every
 * standard attribute the IdP sent; invalid ones hold a non-string, drop attributes, or exceed the
 * attribute length.
 */
import fc from 'fast-check';
import { LIMITS } from '../../shared/patterns.js';
import { isObj, type JsonObject } from '../../rules/json.js';
import { keyArb, nonStringArb, optionalField, stringMapArb, valueArb, type OutputGenContext, type ResponseGenerators } from '../../rules/arbitrary.js';
import { providedAttributes } from './rules.js';

/** The IdP's value of a standard attribute, if it sent one as a string of acceptable length. */
function idpValue(g: OutputGenContext, attribute: string): string | undefined {
  const attrs = isObj(g.request.attributes) ? g.request.attributes : {};
  for (const part of ['userInfo', 'idToken'] as const) {
    const v = isObj(attrs[part]) ? attrs[part][attribute] : undefined;
    if (typeof v === 'string' && v.length <= LIMITS.attributeValue) return v;
  }
  return undefined;
}

/** A non-empty map holding every provided attribute, plus extras. */
function fullMapArb(g: OutputGenContext): fc.Arbitrary<Record<string, string>> {
  const provided = providedAttributes(g.event);
  const kept = fc.tuple(...provided.map((a) => valueArb().map((v) => [a, idpValue(g, a) ?? v] as const))).map((pairs) => Object.fromEntries(pairs));
  return fc.tuple(kept, stringMapArb(provided.length === 0 ? 1 : 0, 3)).map(([k, extra]) => ({ ...extra, ...k }));
}

function cleanArb(g: OutputGenContext): fc.Arbitrary<JsonObject> {
  return fc.oneof(fc.constant({ userAttributesToMap: {} }), fullMapArb(g).map((userAttributesToMap) => ({ userAttributesToMap })), optionalField('userAttributesToMap', fc.constant({})));
}

/**
 * Generators of inbound federation responses.
 *
 * @example
 * fc.sample(INBOUND_FEDERATION_OUTPUTS.clean(g), 1) // a response for the event in g
 * @see https://docs.aws.amazon.com/cognito/latest/developerguide/user-pool-lambda-inbound-federation.html
 */
export const INBOUND_FEDERATION_OUTPUTS: ResponseGenerators = {
  clean: cleanArb,
  invalid: [
    {
      what: 'attribute-not-string',
      response: (g) => fc.tuple(fullMapArb(g), keyArb(), nonStringArb()).map(([map, key, bad]) => ({ userAttributesToMap: { ...map, [`${key}_x`]: bad } })),
    },
    {
      what: 'attributes-dropped',
      applies: (g) => providedAttributes(g.event).length > 0,
      response: (g) =>
        fc.tuple(fullMapArb(g), fc.integer({ min: 0, max: 100 })).map(([map, pick]) => {
          const provided = providedAttributes(g.event);
          const dropped = provided[pick % provided.length]!;
          const rest = Object.fromEntries(Object.entries(map).filter(([k]) => k !== dropped));
          return { userAttributesToMap: Object.keys(rest).length > 0 ? rest : { 'custom:source': 'idp' } };
        }),
    },
    {
      what: 'value-too-long',
      response: (g) =>
        fc.tuple(fullMapArb(g), fc.integer({ min: 1, max: 500 })).map(([map, extra]) => ({
          userAttributesToMap: { ...map, 'custom:bio': 'x'.repeat(LIMITS.attributeValue + extra) },
        })),
    },
  ],
};
