/**
 * Loads a handler module for `fuzz` and `flow`: `.js`, `.mjs`, `.cjs` through Node's own loader,
 * `.ts`/`.mts`/`.cts` through tsx (a real TypeScript loader, not text stripping). `path#name`
 * picks an export other than `handler`. Every failure is a {@link UsageError} naming the module.
 */
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from './errors.js';

const JS = new Set(['.js', '.mjs', '.cjs']);
const TS = new Set(['.ts', '.mts', '.cts']);

/** A loaded handler. */
export interface LoadedHandler {
  /** The function exported by the module. */
  readonly handler: (...args: never[]) => unknown;
  /** The spec as given (`path#export`), for replay commands. */
  readonly spec: string;
  readonly file: string;
  readonly exportName: string;
}

/**
 * Splits `path#export` (default export name `handler`).
 *
 * @example
 * parseHandlerSpec('src/verify.ts#verifyHandler') // { path: 'src/verify.ts', exportName: 'verifyHandler' }
 */
export function parseHandlerSpec(spec: string): { path: string; exportName: string } {
  const hash = spec.lastIndexOf('#');
  if (hash === -1) return { path: spec, exportName: 'handler' };
  const path = spec.slice(0, hash);
  const exportName = spec.slice(hash + 1);
  if (path === '' || exportName === '') {
    throw new UsageError(`${JSON.stringify(spec)} is not a handler module: write <module> or <module>#<export>, e.g. src/handler.ts#handler.`);
  }
  return { path, exportName };
}

/**
 * Imports a handler module and returns its export.
 *
 * @example
 * const { handler } = await loadHandler('examples/pre-signup/handler.mjs', process.cwd());
 */
export async function loadHandler(spec: string, cwd: string, role = 'handler module'): Promise<LoadedHandler> {
  const { path, exportName } = parseHandlerSpec(spec);
  const file = resolve(cwd, path);
  const ext = extname(file);
  let info;
  try {
    info = await stat(file);
  } catch {
    throw new UsageError(`the ${role} ${JSON.stringify(path)} does not exist (looked for ${file}).`);
  }
  if (!info.isFile()) throw new UsageError(`the ${role} ${JSON.stringify(path)} is not a file.`);
  if (!JS.has(ext) && !TS.has(ext)) {
    throw new UsageError(`the ${role} ${JSON.stringify(path)} has the extension ${JSON.stringify(ext || '(none)')}; supported are .js, .mjs, .cjs and .ts (.mts, .cts).`);
  }
  let namespace: Record<string, unknown>;
  try {
    if (TS.has(ext)) {
      const { tsImport } = await import('tsx/esm/api');
      namespace = (await tsImport(pathToFileURL(file).href, import.meta.url)) as Record<string, unknown>;
    } else {
      namespace = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    }
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    throw new UsageError(`the ${role} ${JSON.stringify(path)} threw while loading: ${message.split('\n')[0]}`);
  }
  const fromDefault = namespace.default !== null && typeof namespace.default === 'object' ? (namespace.default as Record<string, unknown>) : undefined;
  const value = exportName in namespace ? namespace[exportName] : fromDefault?.[exportName];
  if (value === undefined) {
    const names = [...new Set([...Object.keys(namespace), ...Object.keys(fromDefault ?? {})])].filter((n) => n !== 'default' && n !== '__esModule');
    throw new UsageError(
      `the ${role} ${JSON.stringify(path)} has no export ${JSON.stringify(exportName)}` +
        (names.length ? `; it exports ${names.join(', ')} (pick one with ${path}#<name>).` : '; it exports nothing.'),
    );
  }
  if (typeof value !== 'function') {
    throw new UsageError(`the export ${JSON.stringify(exportName)} of ${JSON.stringify(path)} is ${value === null ? 'null' : typeof value}, not a function.`);
  }
  return { handler: value as LoadedHandler['handler'], spec, file, exportName };
}
