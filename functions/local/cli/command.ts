import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";

/** One `jobnudge` command. Its name and one-line summary live in main.ts, which loads it lazily. */
export interface CliCommand {
  help: string;
  /** Returns the exit code. Throws UsageError for bad arguments (exit 2). */
  run(args: string[]): Promise<number>;
}

/** Bad arguments: printed with the command's help, exit code 2. */
export class UsageError extends Error {}

export function parseCliArgs<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/**
 * A path the user typed, resolved from the folder they typed it in. `npm run cli` runs in the
 * package root and says where it was started in INIT_CWD; a path that only exists from the
 * package root still works there (older scripts relied on that).
 */
export function userPath(path: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  if (isAbsolute(path)) return path;
  const typedIn = env.INIT_CWD ? resolve(env.INIT_CWD, path) : resolve(cwd, path);
  if (existsSync(typedIn)) return typedIn;
  const fromCwd = resolve(cwd, path);
  return existsSync(fromCwd) ? fromCwd : typedIn;
}
