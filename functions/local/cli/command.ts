import { existsSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { closestVerbs } from "../../domain/commands/spelling";

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
    throw new UsageError(argumentError(err as NodeJS.ErrnoException, Object.keys(options)));
  }
}

/**
 * node:util's parseArgs errors in the CLI's words: "unknown option --jsn (did you mean --json?)"
 * instead of advice about positionals after '--'.
 */
function argumentError(err: NodeJS.ErrnoException, names: string[]): string {
  const option = /'(-[^' ]*)/.exec(err.message)?.[1];
  if (!option) return err.message;
  if (err.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const close = closestVerbs(
      option,
      names.map((n) => `--${n}`),
    );
    return `unknown option ${option}${close.length > 0 ? ` (did you mean ${close.join(" or ")}?)` : ""}`;
  }
  if (err.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /does not take/.test(err.message) ? `${option} takes no value` : `${option} needs a value`;
  }
  return err.message;
}

/** Why a file the user named cannot be read, in words ("no such file") rather than an errno code. */
export function unreadableFile(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return "no such file";
    case "EISDIR":
      return "it is a folder, not a file";
    case "ENOTDIR":
      return "part of that path is a file, not a folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    default:
      return code ?? String(err);
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
