/**
 * The CLI's window on the world (streams, working directory, environment) and the reader of event
 * files: one event, a JSON array of events, or NDJSON, from a file or stdin.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { UsageError } from './errors.js';

/**
 * Everything a command touches outside itself, so tests can run `main` in-process with in-memory
 * streams.
 *
 * @example
 * const code = await main(['list'], defaultIo());
 */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
  /** Whether stdout is a terminal. */
  readonly isTTY: boolean;
  /** Directory that relative file names are resolved against. */
  readonly cwd: string;
  /** Environment variables (`CTK_DEBUG=1` prints stacks of internal errors). Defaults to none. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
}

/**
 * The real process streams, working directory and environment.
 *
 * @example
 * main(process.argv.slice(2), defaultIo()).then((code) => { process.exitCode = code; });
 */
export function defaultIo(): CliIo {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    isTTY: process.stdout.isTTY === true,
    cwd: process.cwd(),
    env: process.env,
  };
}

/**
 * Writes text and waits while the stream's buffer is full, so a command printing one line per event
 * of a 50 MB file into a slow pipe holds a bounded amount of output in memory.
 *
 * @example
 * await writeText(io.stdout, 'ok events.json#0 PreSignUp_SignUp\n');
 */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * The largest single JSON document (a whole file, an array of events, or one NDJSON line) the CLI
 * parses: 16 MiB. A real Cognito event is far smaller, since Lambda refuses a synchronous payload
 * over 6 MB; 16 MiB leaves room for arrays of a few thousand events while keeping JSON.parse (whose
 * object graph is several times the text size) well inside a default Node heap. Larger collections
 * belong in NDJSON, which is read line by line in constant memory.
 */
export const MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;

/** How the cap reads in messages. */
function capText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MiB` : `${bytes} bytes`;
}

/** One entry read from an input: an event, or an NDJSON line that is not JSON. */
export type InputEntry =
  | {
      readonly kind: 'event';
      /** Position of the event in its input, from 0 (blank NDJSON lines do not count). */
      readonly index: number;
      /** 1-based line number, for events read from NDJSON (or a one-line file). */
      readonly line: number | undefined;
      readonly event: unknown;
    }
  | {
      readonly kind: 'bad-line';
      readonly index: number;
      readonly line: number;
      /** Why the line is not JSON, naming the line (and column when JSON.parse says where). */
      readonly message: string;
    };

/** Options of {@link readEvents}. */
export interface ReadEventsOptions {
  /** The cap of one JSON document; defaults to {@link MAX_DOCUMENT_BYTES}. */
  readonly maxDocumentBytes?: number | undefined;
}

/** How the file's name is shown in messages: stdin is `-`, as it was given. */
function shown(name: string): string {
  return name === '-' ? 'standard input (-)' : JSON.stringify(name);
}

const EXPECTED = 'expected one event (a JSON object), a JSON array of events, or NDJSON (one event per line)';

/**
 * Checks, before anything is printed, that every named input can be opened: it exists, is not a
 * directory, is readable, and stdin (`-`) is named at most once. Throws a {@link UsageError} naming
 * the first one that cannot.
 *
 * @example
 * await checkInputs(['events.ndjson', '-'], io);
 */
export async function checkInputs(names: readonly string[], io: Pick<CliIo, 'cwd'>): Promise<void> {
  if (names.filter((n) => n === '-').length > 1) {
    throw new UsageError('"-" (standard input) is named more than once; stdin can be read only once.');
  }
  for (const name of names) {
    if (name === '-') continue;
    const path = resolve(io.cwd, name);
    let info;
    try {
      info = await stat(path);
      await access(path, constants.R_OK);
    } catch (error) {
      throw openError(name, error);
    }
    if (info.isDirectory()) {
      throw new UsageError(
        `cannot read ${shown(name)}: it is a directory. Name the files that hold events (a shell glob such as ${name.replace(/\/$/, '')}/*.json works).`,
      );
    }
  }
}

/** Plain words for the errors opening or reading a file can raise. */
const OPEN_ERRORS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  ENXIO: 'it is a socket or a device with nothing to read',
};

function openError(name: string, error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = (code && OPEN_ERRORS[code]) ?? (error instanceof Error ? error.message : String(error));
  return new UsageError(`cannot read ${shown(name)}: ${reason}.`);
}

/** Where JSON.parse stopped (1-based line and column inside `text`), when its message gives a position. */
function positionOf(text: string, message: string): { line: number; column: number } | undefined {
  const m = /at position (\d+)/.exec(message);
  if (!m) return undefined;
  const before = text.slice(0, Number(m[1]));
  return { line: 1 + (before.match(/\n/g)?.length ?? 0), column: before.length - before.lastIndexOf('\n') };
}

function parseError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const NEWLINE = 0x0a;
type Mode = 'probe' | 'ndjson' | 'document';
const BOM = '\uFEFF';

/**
 * Reads the events of one input (`-` is stdin), streaming. The format is told from the content:
 * when the first non-blank line is a complete JSON value (and not the start of an array), the input
 * is NDJSON and every later non-blank line is one more event, parsed one at a time, so a file of any
 * size is read in constant memory and a line that is not JSON becomes a `bad-line` entry with its
 * line number. Otherwise the whole input is one JSON document (a pretty-printed event, or an array
 * of events), parsed once, and refused above `maxDocumentBytes`.
 *
 * Throws a {@link UsageError} (exit 2) for an input that cannot be read, is empty, is not JSON, is
 * an empty array, or holds a document over the cap.
 *
 * @example
 * for await (const entry of readEvents('events.ndjson', io)) {
 *   if (entry.kind === 'event') console.log(entry.index, entry.event);
 * }
 */
export async function* readEvents(
  name: string,
  io: Pick<CliIo, 'cwd' | 'stdin'>,
  options: ReadEventsOptions = {},
): AsyncGenerator<InputEntry, void, undefined> {
  const cap = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
  const source: AsyncIterable<Buffer | string> = name === '-' ? io.stdin : createReadStream(resolve(io.cwd, name));

  let mode = 'probe' as Mode;
  // completeLine() switches the mode, which TypeScript's narrowing cannot see across the call.
  const modeNow = (): Mode => mode;
  /** probe: the bytes so far; ndjson: the current line; document: the whole text. */
  let parts: Buffer[] = [];
  let size = 0;
  /** Lines completed so far. */
  let lines = 0;
  let index = 0;
  /** probe: where the current line starts inside `parts` (blank lines come before it). */
  let lineStart = 0;

  const tooLarge = (): UsageError =>
    new UsageError(
      mode === 'ndjson'
        ? `cannot read ${shown(name)}: line ${lines + 1} is larger than ${capText(cap)}, the most read as one JSON document; a Cognito event is far smaller (Lambda caps a synchronous payload at 6 MB).`
        : `cannot read ${shown(name)}: it holds a single JSON document larger than ${capText(cap)}, the most read at once (a Cognito event is far smaller: Lambda caps a synchronous payload at 6 MB). Write large collections of events as NDJSON, one event per line, which is read line by line.`,
    );

  const append = (buf: Buffer): void => {
    if (buf.length === 0) return;
    size += buf.length;
    if (size > cap) throw tooLarge();
    parts.push(buf);
  };

  /** Handles one complete line (without its newline); returns the entry it yields, if any. */
  const completeLine = (): InputEntry | undefined => {
    lines++;
    if (mode === 'ndjson') {
      const text = Buffer.concat(parts, size).toString('utf8');
      parts = [];
      size = 0;
      if (text.trim() === '') return undefined;
      let event: unknown;
      try {
        event = JSON.parse(text);
      } catch (error) {
        const message = parseError(error);
        const at = positionOf(text, message);
        const where = at ? `line ${lines}, column ${at.column}` : `line ${lines}`;
        return { kind: 'bad-line', index: index++, line: lines, message: `${where} is not JSON: ${message}` };
      }
      return { kind: 'event', index: index++, line: lines, event };
    }
    // probe: blank lines before the first value are kept (document mode needs every byte).
    const all = Buffer.concat(parts, size);
    let text = all.subarray(lineStart).toString('utf8');
    if (lineStart === 0 && text.startsWith(BOM)) text = text.slice(1);
    const trimmed = text.trim();
    if (trimmed === '') {
      parts = [all, Buffer.from('\n')];
      size += 1;
      lineStart = size;
      return undefined;
    }
    if (!trimmed.startsWith('[')) {
      try {
        const event: unknown = JSON.parse(text);
        mode = 'ndjson';
        parts = [];
        size = 0;
        return { kind: 'event', index: index++, line: lines, event };
      } catch {
        // Not a value on its own: the first line of a pretty-printed document.
      }
    }
    mode = 'document';
    parts = [all, Buffer.from('\n')];
    size += 1;
    if (size > cap) throw tooLarge();
    return undefined;
  };

  try {
    for await (const chunk of source) {
      const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      if (mode === 'document') {
        append(buf);
        continue;
      }
      let start = 0;
      while (start <= buf.length) {
        const nl = buf.indexOf(NEWLINE, start);
        if (nl === -1) {
          append(buf.subarray(start));
          break;
        }
        append(buf.subarray(start, nl));
        start = nl + 1;
        const entry = completeLine();
        if (entry) yield entry;
        if (modeNow() === 'document') {
          append(buf.subarray(start));
          break;
        }
      }
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw openError(name, error);
  }

  if (mode !== 'document' && size > 0) {
    const entry = completeLine();
    if (entry) yield entry;
  }
  if (mode === 'probe') {
    throw new UsageError(`cannot read ${shown(name)}: it is empty; ${EXPECTED}.`);
  }
  if (mode === 'document') {
    let text = Buffer.concat(parts, size).toString('utf8');
    parts = [];
    if (text.startsWith(BOM)) text = text.slice(1);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = parseError(error);
      const at = positionOf(text, message);
      const where = at ? ` (line ${at.line}, column ${at.column})` : '';
      throw new UsageError(`cannot read ${shown(name)}: it is not JSON${where}: ${message}; ${EXPECTED}.`);
    }
    if (Array.isArray(value)) {
      if (value.length === 0) throw new UsageError(`cannot read ${shown(name)}: it holds an empty array, so there is no event to check.`);
      for (let i = 0; i < value.length; i++) yield { kind: 'event', index: i, line: undefined, event: value[i] };
    } else {
      yield { kind: 'event', index: 0, line: undefined, event: value };
    }
  }
}
