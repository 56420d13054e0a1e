/**
 * `--set path=value` overrides for the CLI: a path into the event, then a value parsed as JSON
 * (or taken as a plain string when it is not JSON).
 *
 * Path syntax, close to how `formatPath` prints paths:
 * - `request.userAttributes.email`: dot-separated keys; a bare key may hold any character but
 *   `.`, `[`, `]`, `=`, so Cognito's colon keys work as written (`request.userAttributes.custom:plan`);
 * - `request.session[0].challengeResult`: `[n]` indexes an array;
 * - `request.userAttributes["cognito:user_status"]` or `['a.b']`: a quoted key, for keys that hold
 *   dots, brackets or `=` (double quotes follow JSON string escapes, single quotes allow `\'` and `\\`).
 */
import { KitUsageError } from './errors.js';
import { describeValue, formatPath, type PathSegment } from './issues.js';
import { isPlainObject, setOwn } from './merge.js';

/** One parsed `--set`: where and what. */
export interface ParsedOverride {
  /** The path inside the event. */
  path: PathSegment[];
  /** The value: the JSON value when the text parses as JSON, else the text itself. */
  value: unknown;
}

const BARE_STOP = new Set(['.', '[', ']', '=']);

function syntaxError(text: string, at: number, what: string): KitUsageError {
  return new KitUsageError(
    `--set path ${JSON.stringify(text)} is not valid at character ${at + 1}: ${what}. ` +
      'Write keys with dots (request.userAttributes.email), array indexes with [n] (request.session[0]) ' +
      'and keys holding dots or brackets in quotes (request.userAttributes["cognito:user_status"]).',
    '--set',
    'override-path/syntax',
  );
}

/** Reads a quoted key starting at `text[start]` (a quote); returns the key and the index after the closing quote. */
function readQuoted(text: string, start: number): [string, number] {
  const quote = text[start];
  let i = start + 1;
  if (quote === '"') {
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) throw syntaxError(text, start, 'the quoted key is not closed');
    try {
      return [JSON.parse(text.slice(start, i + 1)) as string, i + 1];
    } catch {
      throw syntaxError(text, start, 'the double-quoted key is not a valid JSON string');
    }
  }
  let key = '';
  while (i < text.length && text[i] !== "'") {
    if (text[i] === '\\' && (text[i + 1] === "'" || text[i + 1] === '\\')) {
      key += text[i + 1];
      i += 2;
    } else {
      key += text[i];
      i += 1;
    }
  }
  if (i >= text.length) throw syntaxError(text, start, 'the quoted key is not closed');
  return [key, i + 1];
}

/**
 * Parses an override path into segments (strings for keys, numbers for array indexes).
 *
 * @example
 * parseOverridePath('request.userAttributes["cognito:user_status"]') // ['request', 'userAttributes', 'cognito:user_status']
 * parseOverridePath('request.session[0].challengeResult') // ['request', 'session', 0, 'challengeResult']
 */
export function parseOverridePath(text: string): PathSegment[] {
  if (text === '') throw syntaxError(text, 0, 'the path is empty');
  const path: PathSegment[] = [];
  let i = 0;
  let expectKey = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '[') {
      const next = text[i + 1];
      if (next === '"' || next === "'") {
        const [key, end] = readQuoted(text, i + 1);
        if (text[end] !== ']') throw syntaxError(text, end, 'expected ] after the quoted key');
        path.push(key);
        i = end + 1;
      } else {
        const m = /^\[(\d+)\]/.exec(text.slice(i));
        if (!m) throw syntaxError(text, i, 'expected an array index [n] or a quoted key ["key"]');
        const index = Number(m[1]);
        if (!Number.isSafeInteger(index)) throw syntaxError(text, i, 'the array index is too large');
        path.push(index);
        i += m[0].length;
      }
      expectKey = false;
    } else if (ch === '.') {
      if (expectKey) throw syntaxError(text, i, path.length === 0 ? 'the path starts with a dot' : 'two dots in a row');
      expectKey = true;
      i += 1;
      if (i >= text.length) throw syntaxError(text, i - 1, 'the path ends with a dot');
      if (text[i] === '[') throw syntaxError(text, i, 'a dot cannot come before [');
    } else {
      if (BARE_STOP.has(ch)) throw syntaxError(text, i, `unexpected ${JSON.stringify(ch)}`);
      if (!expectKey) throw syntaxError(text, i, 'expected . or [ between two keys');
      let end = i;
      while (end < text.length && !BARE_STOP.has(text[end]!)) end += 1;
      path.push(text.slice(i, end));
      i = end;
      expectKey = false;
    }
  }
  return path;
}

/** Parses the value of a `--set`: JSON when it parses, else the text as a string. */
export function parseOverrideValue(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Parses one `--set` argument, `path=value`. The path ends at the first `=` outside a quoted key.
 *
 * @example
 * parseOverride('request.userAttributes.email=a@b.co') // { path: ['request', 'userAttributes', 'email'], value: 'a@b.co' }
 * parseOverride('request.userNotFound=true') // { path: ['request', 'userNotFound'], value: true }
 */
export function parseOverride(spec: string): ParsedOverride {
  let quote: string | undefined;
  let eq = -1;
  for (let i = 0; i < spec.length; i++) {
    const ch = spec[i];
    if (quote) {
      if (ch === '\\') i += 1;
      else if (ch === quote) quote = undefined;
    } else if ((ch === '"' || ch === "'") && spec[i - 1] === '[') {
      quote = ch;
    } else if (ch === '=') {
      eq = i;
      break;
    }
  }
  if (eq === -1) {
    throw new KitUsageError(
      `--set ${JSON.stringify(spec)} has no "=": write --set path=value, e.g. --set request.userAttributes.email=jane@example.com ` +
        '(the value is parsed as JSON, else taken as a string).',
      '--set',
      'override-path/missing-value',
    );
  }
  return { path: parseOverridePath(spec.slice(0, eq)), value: parseOverrideValue(spec.slice(eq + 1)) };
}

/**
 * Sets `value` at `path` inside `root`, in place. Missing or `null` containers on the way are
 * created (`{}` before a key, `[]` before an index), because Cognito pre-fills many response
 * fields with `null`. Stepping into a string, number or boolean, indexing an object with `[n]`,
 * keying an array with a name, or leaving a hole in an array throws a {@link KitUsageError}
 * naming the path.
 *
 * @example
 * setAtPath(event, ['request', 'userAttributes', 'custom:plan'], 'pro');
 */
export function setAtPath(root: Record<string, unknown>, path: readonly PathSegment[], value: unknown): void {
  if (path.length === 0) throw new KitUsageError('--set needs a non-empty path', '--set', 'override-path/syntax');
  let cur: Record<string, unknown> | unknown[] = root;
  for (let depth = 0; depth < path.length; depth++) {
    const seg = path[depth]!;
    const here = path.slice(0, depth);
    const last = depth === path.length - 1;
    if (Array.isArray(cur)) {
      if (typeof seg !== 'number') {
        throw notHere(path, here, `is an array: index it with [n], not .${seg}`);
      }
      if (seg > cur.length) {
        throw notHere(path, here, `has ${cur.length} element(s): index ${seg} would leave a hole (use at most [${cur.length}] to append)`);
      }
    } else if (typeof seg === 'number') {
      throw notHere(path, here, `is an object: use a key (.name or ["name"]), not [${seg}]`);
    }
    if (last) {
      setOwn(cur, seg, value);
      return;
    }
    const container = cur as Record<PathSegment, unknown>;
    const nextValue: unknown = Object.prototype.hasOwnProperty.call(cur, seg) ? container[seg] : undefined;
    if (nextValue === undefined || nextValue === null) {
      const fresh: Record<string, unknown> | unknown[] = typeof path[depth + 1] === 'number' ? [] : {};
      setOwn(cur, seg, fresh);
      cur = fresh;
    } else if (Array.isArray(nextValue) || isPlainObject(nextValue)) {
      cur = nextValue;
    } else {
      throw notHere(path, path.slice(0, depth + 1), `holds ${describeValue(nextValue)}, not an object or array, so the path cannot go inside it`);
    }
  }
}

function notHere(full: readonly PathSegment[], at: readonly PathSegment[], what: string): KitUsageError {
  return new KitUsageError(`--set ${formatPath(full)}: ${formatPath(at)} ${what}.`, formatPath(full), 'override-path/not-an-object');
}
