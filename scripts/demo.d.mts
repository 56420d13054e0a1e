/** Types of the demo's helpers, for the test that runs the manifest through the CLI. */
import type { CliIo } from '../src/cli/io.js';

export interface ManifestEntry {
  name: string;
  summary: string;
  command: 'fuzz' | 'flow';
  module?: string;
  export?: string;
  trigger?: string;
  version?: 1 | 2 | 3 | null;
  modules?: { define: string; create: string; verify: string };
  runs: number;
  seed: number;
  strict: boolean;
  expect: { result: 'held' } | { result: 'broken'; rule: string };
}
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}
export interface RunResult {
  result: 'held' | 'broken' | 'error';
  rule?: string;
  detail?: string;
  report?: Record<string, unknown> & { replay?: string | null };
}
export declare function readManifest(): ManifestEntry[];
export declare function argvFor(entry: ManifestEntry): string[];
export declare function runCli(main: (argv: readonly string[], io: CliIo) => Promise<number>, argv: readonly string[]): Promise<CliRun>;
export declare function outcomeOf(entry: ManifestEntry, run: CliRun): RunResult;
export declare function matches(expected: ManifestEntry['expect'], got: RunResult): boolean;
