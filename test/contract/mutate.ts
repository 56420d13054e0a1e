/**
 * The small engine behind the targeted-mutation tests: a mutation copies a base sample, sets or
 * deletes one field, and says where the error must be (or that the event must still pass).
 */
import { formatPath, type PathSegment } from '../../src/shared/issues.js';
import { sample, sampleSlug, type JsonObject, type SampleName } from './samples.js';

/** One edit of an event: set a value at a path, or delete the key. */
export interface Edit {
  /** Dotted path with `[n]` for array indexes: `request.session[0].challengeName`. */
  path: string;
  set?: unknown;
  delete?: true;
}

/** A targeted mutation: one broken constraint, or one tolerated form that must still pass. */
export interface Mutation extends Edit {
  name: string;
  target: SampleName;
  /** Where the error must be, exactly; `null` when the mutated event must pass. */
  expectPath: string | null;
  /** A fragment that at least one error message must contain. */
  message?: RegExp;
  /** Edits applied before the mutation itself (e.g. switching the triggerSource). */
  also?: Edit[];
}

/** `request.session[0].challengeName` → `['request', 'session', 0, 'challengeName']`. */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

type Container = Record<PathSegment, unknown>;

function isContainer(v: unknown): v is Container {
  return v !== null && typeof v === 'object';
}

/** Applies one edit in place, creating missing (or null) parents as objects or arrays. */
export function applyEdit(event: JsonObject, edit: Edit): void {
  const path = parsePath(edit.path);
  if (path.length === 0) throw new Error(`empty mutation path in ${JSON.stringify(edit)}`);
  let cur: Container = event;
  for (let i = 0; i < path.length - 1; i++) {
    const seg = path[i] as PathSegment;
    if (!isContainer(cur[seg])) cur[seg] = typeof path[i + 1] === 'number' ? [] : {};
    cur = cur[seg] as Container;
  }
  const last = path[path.length - 1] as PathSegment;
  if (edit.delete) {
    if (Array.isArray(cur) && typeof last === 'number') cur.splice(last, 1);
    else delete cur[last];
  } else {
    cur[last] = edit.set;
  }
}

/** The base sample with the mutation (and its preconditions) applied. */
export function mutatedEvent(m: Mutation): { base: JsonObject; event: JsonObject } {
  const base = sample(m.target);
  for (const e of m.also ?? []) applyEdit(base, e);
  const event = structuredClone(base);
  applyEdit(event, m);
  return { base, event };
}

/** Normalises a dotted path to the form `formatPath` prints (`request.userAttributes["custom:tier"]`). */
export function normalisePath(path: string): string {
  return formatPath(parsePath(path));
}

export { sampleSlug };
