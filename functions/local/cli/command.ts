import { type ParseArgsConfig, parseArgs } from "node:util";

export interface CliCommand {
  name: string;
  summary: string;
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
