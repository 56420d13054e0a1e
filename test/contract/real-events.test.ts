/**
 * Conformance with real events: every file of `../shared/real-events/` (beside the repository, as
 * CI clones it) is validated and must come out as its `index.json` entry says: `valid` → no error;
 * `unrealistic` → no error, realism warnings, and for each listed deviation the warning (or other
 * finding) written out by hand below; `invalid` → an error at the entry's `path` or under it.
 * Placeholders never cause errors; in valid captures they are the only thing that may draw a
 * realism warning.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateEvent, type ValidationResult } from '../../src/validation/validate.js';
import { checkResponse } from '../../src/rules/check.js';
import { formatPath, type PathSegment } from '../../src/shared/issues.js';
import { parsePath } from './mutate.js';

const DIR = fileURLToPath(new URL('../../../shared/real-events/', import.meta.url));

interface IndexEntry {
  expect: 'valid' | 'unrealistic' | 'invalid';
  deviations?: string[];
  placeholders?: string[];
  path?: string;
  level?: 'schema' | 'response-rules';
  reason?: string;
}

const INDEX = (JSON.parse(readFileSync(`${DIR}index.json`, 'utf8')) as { files: Record<string, IndexEntry> }).files;
const FILES = Object.entries(INDEX);
const load = (file: string): unknown => JSON.parse(readFileSync(`${DIR}${file}`, 'utf8'));

/** What a deviation must produce: a realism warning at a path, or an answered (handler-output) response. */
type Finding = { warning: string; path: string } | { answered: true };

/**
 * Deviations → findings, mapped by hand (matched on the start of the deviation text). A response
 * "already filled in" is handler output logged after the handler ran: the validator reports it as
 * `unanswered: false` and checks it against the output contract, rather than warning about it.
 */
const DEVIATIONS: Array<[prefix: string, findings: Finding[]]> = [
  ['request.userAttributes has no sub', [{ warning: 'realism/missing-sub', path: 'request.userAttributes.sub' }]],
  [
    'request.userAttributes has neither sub nor cognito:user_status',
    [
      { warning: 'realism/missing-sub', path: 'request.userAttributes.sub' },
      { warning: 'realism/missing-user-status', path: 'request.userAttributes.cognito:user_status' },
    ],
  ],
  [
    'request.session[0] is a PASSWORD_VERIFIER entry with challengeMetadata',
    [{ warning: 'realism/session-metadata', path: 'request.session[0].challengeMetadata' }],
  ],
  [
    'request.session[0] (PASSWORD_VERIFIER) has no challengeMetadata key',
    [{ warning: 'realism/session-metadata', path: 'request.session[0].challengeMetadata' }],
  ],
  ['request.challengeName is PASSWORD_VERIFIER', [{ warning: 'realism/create-challenge-name', path: 'request.challengeName' }]],
  ['request has no validationData key', [{ warning: 'realism/validation-data', path: 'request.validationData' }]],
  ['response is {}', [{ warning: 'realism/prefilled-response', path: 'response' }]],
  ["version '1' on a V2 event", [{ warning: 'realism/version-fields', path: 'request.scopes' }]],
  ["userName 'testuser' is not of the federated form", [{ warning: 'realism/federated-username', path: 'userName' }]],
  ['response is already filled in', [{ answered: true }]],
  ['response.userAttributesToMap is already filled in', [{ answered: true }]],
  ['response.autoVerifyEmail and response.autoVerifyPhone are already true', [{ answered: true }]],
  ['response.claimsAndScopeOverrideDetails is already filled in', [{ answered: true }]],
  ['response.answerCorrect is already true', [{ answered: true }]],
];

/**
 * Warnings that are right but that index.json does not list as a deviation, per file, with why.
 */
const UNLISTED_WARNINGS: Record<string, Array<{ warning: string; path: string; why: string }>> = {
  'powertools-python-pretokengen-v2-authentication.json': [
    {
      warning: 'realism/prefilled-response',
      path: 'response',
      why: 'its response is {} too; read as the version "1" event it claims to be, Cognito would have sent {"claimsOverrideDetails": null}',
    },
  ],
};

function findingsFor(deviation: string): Finding[] {
  const hits = DEVIATIONS.filter(([prefix]) => deviation.startsWith(prefix));
  if (hits.length !== 1) throw new Error(`map this deviation to its finding(s) by hand (${hits.length} matches): ${deviation}`);
  return (hits[0] as [string, Finding[]])[1];
}

const segs = (p: string): PathSegment[] => parsePath(p);

/** `path` equals `prefix` or lies under it. */
function under(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.length <= path.length && prefix.every((s, i) => path[i] === s);
}

const placeholderPaths = (entry: IndexEntry): PathSegment[][] => (entry.placeholders ?? []).map(segs);

function check(file: string): ValidationResult {
  return validateEvent(load(file));
}

describe('the real-event folder', () => {
  it('has an index entry for every event file, and a file for every entry', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();
    expect(Object.keys(INDEX).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(50);
  });

  it('has a finding mapped for every deviation of every unrealistic file', () => {
    for (const [file, entry] of FILES.filter(([, e]) => e.expect === 'unrealistic')) {
      expect(entry.deviations?.length, file).toBeGreaterThan(0);
      for (const d of entry.deviations ?? []) expect(() => findingsFor(d), `${file}: ${d}`).not.toThrow();
    }
  });
});

describe('valid real events', () => {
  const valid = FILES.filter(([, e]) => e.expect === 'valid');

  it.each(valid)('%s validates with no error', (file) => {
    const r = check(file);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.trigger).toBeDefined();
  });

  it.each(valid)('%s draws realism warnings only on its placeholders', (file, entry) => {
    const r = check(file);
    const stray = r.warnings.filter((w) => !placeholderPaths(entry).some((p) => under(w.path, p)));
    expect(stray.map((w) => `${formatPath(w.path)} [${w.rule}]`)).toEqual([]);
  });
});

describe('unrealistic real events', () => {
  const unrealistic = FILES.filter(([, e]) => e.expect === 'unrealistic');

  it.each(unrealistic)('%s validates with no error but with realism warnings', (file) => {
    const r = check(file);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.warnings.length).toBeGreaterThan(0);
    expect(r.warnings.every((w) => w.rule.startsWith('realism/'))).toBe(true);
    expect(validateEvent(load(file), { strict: true }).ok).toBe(false);
  });

  it.each(unrealistic)('%s draws the finding each listed deviation calls for', (file, entry) => {
    const r = check(file);
    const warned = r.warnings.map((w) => `${w.rule} ${formatPath(w.path)}`);
    for (const deviation of entry.deviations ?? []) {
      for (const f of findingsFor(deviation)) {
        if ('answered' in f) expect(r.unanswered, deviation).toBe(false);
        else expect(warned, deviation).toContain(`${f.warning} ${formatPath(segs(f.path))}`);
      }
    }
    for (const extra of UNLISTED_WARNINGS[file] ?? []) expect(warned, extra.why).toContain(`${extra.warning} ${formatPath(segs(extra.path))}`);
  });

  it.each(unrealistic)('%s draws no warning beyond its deviations and placeholders', (file, entry) => {
    const r = check(file);
    const expected = (entry.deviations ?? [])
      .flatMap(findingsFor)
      .filter((f): f is { warning: string; path: string } => 'warning' in f)
      .concat(UNLISTED_WARNINGS[file] ?? [])
      .map((f) => `${f.warning} ${formatPath(segs(f.path))}`);
    const stray = r.warnings
      .filter((w) => !placeholderPaths(entry).some((p) => under(w.path, p)))
      .map((w) => `${w.rule} ${formatPath(w.path)}`)
      .filter((w) => !expected.includes(w));
    expect(stray).toEqual([]);
  });
});

describe('invalid real events', () => {
  const schemaLevel = FILES.filter(([, e]) => e.expect === 'invalid' && e.level === 'schema');
  const rulesLevel = FILES.filter(([, e]) => e.expect === 'invalid' && e.level === 'response-rules');

  it('every invalid entry names a path and a level', () => {
    for (const [file, e] of FILES.filter(([, x]) => x.expect === 'invalid')) {
      expect(e.path, file).toBeTruthy();
      expect(['schema', 'response-rules'], file).toContain(e.level);
    }
    expect(schemaLevel.length + rulesLevel.length).toBe(FILES.filter(([, e]) => e.expect === 'invalid').length);
  });

  it.each(schemaLevel)('%s is rejected by the schemas at its path', (file, entry) => {
    const r = check(file);
    expect(r.ok).toBe(false);
    const at = segs(entry.path as string);
    const hits = r.errors.filter((e) => under(e.path, at));
    expect(hits.length, `errors: ${r.errors.map((e) => formatPath(e.path)).join(', ')}`).toBeGreaterThan(0);
    for (const e of hits) expect(e.message.length).toBeGreaterThan(15);
  });

  // The response rules ("'None' lacks the code placeholder") are beyond the schemas: a string is a
  // valid smsMessage shape. What the schema level can say about these files is checked first.
  it.each(rulesLevel)('%s passes the schema level, which flags only its realism deviations', (file, entry) => {
    const r = check(file);
    expect(r.errors).toEqual([]);
    expect(r.unanswered).toBe(false);
    expect(entry.path?.startsWith('response.')).toBe(true);
  });

  it('the custom-message docs example draws the "None" usernameParameter warning', () => {
    const r = check('awsdocs-custommessage-signup.json');
    expect(r.warnings.map((w) => `${w.rule} ${formatPath(w.path)}`)).toContain('realism/username-parameter request.usernameParameter');
  });

  // Read as handler output (the event with its response filled in), the response rules catch it.
  it.each(rulesLevel)('%s is rejected by the response rules (checkResponse) at its path', (file, entry) => {
    const event = load(file);
    const r = checkResponse(event, event);
    expect(r.ok).toBe(false);
    const at = segs(entry.path as string);
    const hits = r.errors.filter((e) => under(e.path, at));
    expect(hits.length, `errors: ${r.errors.map((e) => `${formatPath(e.path)} [${e.rule}]`).join(', ')}`).toBeGreaterThan(0);
  });
});

describe('placeholders', () => {
  it.each(FILES.filter(([, e]) => (e.placeholders ?? []).length > 0))('%s: no error at or under a placeholder', (file, entry) => {
    const r = check(file);
    const onPlaceholder = r.errors.filter((e) => placeholderPaths(entry).some((p) => under(e.path, p)));
    expect(onPlaceholder.map((e) => formatPath(e.path))).toEqual([]);
  });
});
