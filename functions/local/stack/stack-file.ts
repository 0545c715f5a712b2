// `<dataDir>/stack.json`: a running stack's resolved settings (owner, inbox, ports, endpoints) and
// pid, written once everything is up and removed at a clean stop. CLI commands read it so they
// talk to the stack as it actually runs, whatever their own environment says; `npm start` reads it
// to refuse a second stack on the same data folder. `<dataDir>/pids/NAME.json` records each child
// process (DynamoDB Local) from the moment it is spawned, so a stack that crashed can be told from
// one that runs, and its leftover children stopped.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { commandLine, isAlive } from "./processes";

export interface StackFile {
  pid: number;
  /** process.argv of the stack, to tell it from an unrelated process that got the same pid. */
  argv: string[];
  startedAt: string;
  /** False while its services are still starting. */
  ready: boolean;
  dataDir: string;
  host: string;
  inbox: string;
  owner: { email: string; aliases: string[]; name: string; timezone: string };
  ports: { smtp: number; ses: number; actions: number; dynamodb: number };
  sesEndpoint: string;
  actionsUrl: string;
}

export interface ChildPidFile {
  pid: number;
  /** The process that spawned it (a stack or a CLI command): while that lives, the child is not an orphan. */
  parent: number;
  /** Words its command line must contain for the pid to still be this child. */
  marks: string[];
  startedAt: string;
}

export const stackFilePath = (dataDir: string) => join(dataDir, "stack.json");
export const childPidPath = (dataDir: string, name: string) => join(dataDir, "pids", `${name}.json`);

function writeJson(path: string, value: unknown): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, `${JSON.stringify(value, null, 2)}\n`);
  renameSync(tmp, path);
}

function readJson<T>(path: string): T | null {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return null;
  }
}

export function writeStackFile(file: StackFile): void {
  mkdirSync(file.dataDir, { recursive: true });
  writeJson(stackFilePath(file.dataDir), file);
}

/** Removes stack.json if it is this process's (a second stack must not delete the first one's). */
export function removeStackFile(dataDir: string, pid = process.pid): void {
  if (readJson<StackFile>(stackFilePath(dataDir))?.pid === pid) rmSync(stackFilePath(dataDir), { force: true });
}

export type StackState =
  | { state: "running"; file: StackFile }
  | { state: "crashed"; file: StackFile }
  | { state: "none" };

/** Whether a stack runs on `dataDir`: its stack.json names a live process with the same command line. */
export function stackState(dataDir: string): StackState {
  const file = readJson<StackFile>(stackFilePath(dataDir));
  if (!file || typeof file.pid !== "number") return { state: "none" };
  if (file.pid === process.pid) return { state: "running", file };
  if (!isAlive(file.pid)) return { state: "crashed", file };
  const argv = commandLine(file.pid);
  // Without /proc the live pid is taken at its word.
  if (argv && argv.join("\0") !== file.argv.join("\0")) return { state: "crashed", file };
  return { state: "running", file };
}

export function writeChildPid(dataDir: string, name: string, child: ChildPidFile): void {
  mkdirSync(join(dataDir, "pids"), { recursive: true });
  writeJson(childPidPath(dataDir, name), child);
}

export function removeChildPid(dataDir: string, name: string, pid: number): void {
  const path = childPidPath(dataDir, name);
  if (readJson<ChildPidFile>(path)?.pid === pid) rmSync(path, { force: true });
}

/** The recorded child when it still runs with its recorded command line after its parent died. */
export function orphanedChild(dataDir: string, name: string): ChildPidFile | null {
  const child = readJson<ChildPidFile>(childPidPath(dataDir, name));
  if (!child || !isAlive(child.pid) || isAlive(child.parent)) return null;
  const argv = commandLine(child.pid);
  if (!argv) return null; // cannot confirm it is ours: never kill on a guess
  const line = argv.join(" ");
  return child.marks.every((mark) => line.includes(mark)) ? child : null;
}

/** Forgets a recorded child that no longer runs. */
export function removeStaleChildPid(dataDir: string, name: string): void {
  const child = readJson<ChildPidFile>(childPidPath(dataDir, name));
  if (child && !isAlive(child.pid)) rmSync(childPidPath(dataDir, name), { force: true });
}
