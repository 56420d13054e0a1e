import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/cli/errors.js';
import { checkInputs, MAX_DOCUMENT_BYTES, readEvents, type InputEntry, type ReadEventsOptions } from '../../src/cli/io.js';
import { ROOT, tempDir, VALID_EVENT } from './cli-helpers.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

/** Reads stdin fed with `chunks` (each chunk one read). */
async function readStdin(chunks: readonly (string | Buffer)[], options?: ReadEventsOptions): Promise<InputEntry[]> {
  const out: InputEntry[] = [];
  for await (const entry of readEvents('-', { cwd: ROOT, stdin: Readable.from(chunks) }, options)) out.push(entry);
  return out;
}

/** The same text fed one byte at a time, to exercise every chunk boundary. */
const byteChunks = (text: string): Buffer[] => [...Buffer.from(text)].map((b) => Buffer.from([b]));

async function usageError(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsageError);
  return (error as Error).message;
}

const events = (entries: InputEntry[]): unknown[] => entries.map((e) => (e.kind === 'event' ? e.event : e.message));

describe('readEvents: formats', () => {
  it('reads one compact event without a trailing newline', async () => {
    expect(await readStdin(['{"a":1}'])).toEqual([{ kind: 'event', index: 0, line: 1, event: { a: 1 } }]);
  });

  it('reads one pretty-printed event as a single document', async () => {
    const text = '\n{\n  "a": 1,\n  "b": [1, 2]\n}\n';
    for (const chunks of [[text], byteChunks(text)]) {
      expect(await readStdin(chunks)).toEqual([{ kind: 'event', index: 0, line: undefined, event: { a: 1, b: [1, 2] } }]);
    }
  });

  it('reads a JSON array of events, compact or pretty', async () => {
    for (const text of ['[{"a":1},{"a":2}]', '[\n  {"a": 1},\n  {"a": 2}\n]\n']) {
      const got = await readStdin(byteChunks(text));
      expect(got).toEqual([
        { kind: 'event', index: 0, line: undefined, event: { a: 1 } },
        { kind: 'event', index: 1, line: undefined, event: { a: 2 } },
      ]);
    }
  });

  it('reads NDJSON line by line, skipping blank lines, numbering lines from 1', async () => {
    const text = '\n{"a":1}\n\n   \n{"a":2}\r\n{"a":3}';
    for (const chunks of [[text], byteChunks(text)]) {
      expect(await readStdin(chunks)).toEqual([
        { kind: 'event', index: 0, line: 2, event: { a: 1 } },
        { kind: 'event', index: 1, line: 5, event: { a: 2 } },
        { kind: 'event', index: 2, line: 6, event: { a: 3 } },
      ]);
    }
  });

  it('reports an NDJSON line that is not JSON with its line and column, and goes on', async () => {
    const got = await readStdin(['{"a":1}\n{"a":\n\n{"a":1}x\n{"a":3}\n']);
    expect(got).toEqual([
      { kind: 'event', index: 0, line: 1, event: { a: 1 } },
      { kind: 'bad-line', index: 1, line: 2, message: 'line 2 is not JSON: Unexpected end of JSON input' },
      {
        kind: 'bad-line',
        index: 2,
        line: 4,
        message: 'line 4, column 8 is not JSON: Unexpected non-whitespace character after JSON at position 7',
      },
      { kind: 'event', index: 3, line: 5, event: { a: 3 } },
    ]);
  });

  it('yields values that are not objects as they are (validation rejects them, not the reader)', async () => {
    expect(events(await readStdin(['42\n"x"\nnull\n']))).toEqual([42, 'x', null]);
    expect(events(await readStdin(['[1, {"a": 1}]']))).toEqual([1, { a: 1 }]);
  });

  it('skips a UTF-8 byte order mark', async () => {
    expect(events(await readStdin(['\uFEFF{"a":1}\n']))).toEqual([{ a: 1 }]);
    expect(events(await readStdin([Buffer.from('\uFEFF{\n"a": 1\n}\n')]))).toEqual([{ a: 1 }]);
  });

  it('accepts string chunks (a stdin with an encoding set)', async () => {
    expect(events(await readStdin(['{"a"', ':1}\n{"a":2}\n']))).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('keeps multi-byte characters split across chunks', async () => {
    const text = '{"name":"Zoë 🚀"}\n';
    expect(events(await readStdin(byteChunks(text)))).toEqual([{ name: 'Zoë 🚀' }]);
  });
});

describe('readEvents: refusals (UsageError, exit 2)', () => {
  it.each([[''], ['\n\n  \n']])('refuses empty input %j', async (text) => {
    expect(await usageError(readStdin([text]))).toBe(
      'cannot read standard input (-): it is empty; expected one event (a JSON object), a JSON array of events, or NDJSON (one event per line).',
    );
  });

  it('refuses text that is not JSON', async () => {
    expect(await usageError(readStdin(['hello world\n']))).toMatch(/^cannot read standard input \(-\): it is not JSON: Unexpected token/);
  });

  it('refuses a pretty document that breaks, naming line and column', async () => {
    const message = await usageError(readStdin(['{\n  "a": 1\n  "b": 2\n}\n']));
    expect(message).toContain('it is not JSON (line 3, column 3):');
  });

  it('refuses an empty array', async () => {
    expect(await usageError(readStdin(['[]']))).toContain('it holds an empty array');
  });

  it('refuses a single document over the cap, without reading it all', async () => {
    const text = `{\n"pad": "${'x'.repeat(500)}"\n}\n`;
    const message = await usageError(readStdin(byteChunks(text), { maxDocumentBytes: 100 }));
    expect(message).toContain('it holds a single JSON document larger than 100 bytes');
    expect(message).toContain('NDJSON');
  });

  it('refuses a one-line document over the cap', async () => {
    const message = await usageError(readStdin([`{"pad":"${'x'.repeat(500)}"}`], { maxDocumentBytes: 100 }));
    expect(message).toContain('a single JSON document larger than 100 bytes');
  });

  it('refuses an NDJSON line over the cap, naming the line, after the lines before it', async () => {
    const seen: InputEntry[] = [];
    const run = (async () => {
      for await (const e of readEvents('-', { cwd: ROOT, stdin: Readable.from([`{"a":1}\n{"pad":"${'x'.repeat(500)}"}\n`]) }, { maxDocumentBytes: 100 })) {
        seen.push(e);
      }
    })();
    expect(await usageError(run)).toContain('line 2 is larger than 100 bytes');
    expect(seen).toHaveLength(1);
  });

  it('reads documents right up to the cap', async () => {
    const text = `{"pad":"${'x'.repeat(80)}"}`;
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(100);
    expect(await readStdin([text], { maxDocumentBytes: Buffer.byteLength(text) })).toHaveLength(1);
  });

  it('caps at 16 MiB by default', () => {
    expect(MAX_DOCUMENT_BYTES).toBe(16 * 1024 * 1024);
  });
});

describe('checkInputs', () => {
  it('accepts readable files and one "-"', async () => {
    await expect(checkInputs([VALID_EVENT, '-'], { cwd: ROOT })).resolves.toBeUndefined();
  });

  it('refuses a missing file, naming it', async () => {
    expect(await usageError(checkInputs([VALID_EVENT, 'no/such.json'], { cwd: ROOT }))).toBe('cannot read "no/such.json": no such file.');
  });

  it('refuses a directory', async () => {
    expect(await usageError(checkInputs([tmp.dir], { cwd: ROOT }))).toContain('it is a directory');
  });

  it('refuses a path through a file', async () => {
    expect(await usageError(checkInputs([`${VALID_EVENT}/x.json`], { cwd: ROOT }))).toContain('a part of the path is not a directory');
  });

  it('refuses "-" twice', async () => {
    expect(await usageError(checkInputs(['-', '-'], { cwd: ROOT }))).toContain('named more than once');
  });
});
