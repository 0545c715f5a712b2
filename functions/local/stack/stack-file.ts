// `<dataDir>/stack.json`: a running stack's resolved settings (owner, inbox, ports, endpoints) and
// pid, written once everything is up and removed at a clean stop. CLI commands read it so they
// talk to the stack as it actually runs, whatever their own environment says; `npm start` reads it
// to refuse a second stack on the same data folder. `<dataDir>/pids/NAME.PID.json` records each child
// process (DynamoDB Local) from the moment it is spawned, so a stack that crashed can be told from
// one that runs, and its leftover children stopped.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
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
export const childPidPath = (dataDir: string, name: string, pid: number) =>
  join(dataDir, "pids", `${name}.${pid}.json`);

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
  writeJson(childPidPath(dataDir, name, child.pid), child);
}

export function removeChildPid(dataDir: string, name: string, pid: number): void {
  rmSync(childPidPath(dataDir, name, pid), { force: true });
}

function childRecords(dataDir: string, name: string): ChildPidFile[] {
  let files: string[];
  try {
    files = readdirSync(join(dataDir, "pids"));
  } catch {
    return [];
  }
  return files
    .filter((f) => f.startsWith(`${name}.`) && f.endsWith(".json"))
    .map((f) => readJson<ChildPidFile>(join(dataDir, "pids", f)))
    .filter((c): c is ChildPidFile => c !== null && typeof c.pid === "number");
}

/**
 * Recorded children still running with their recorded command line after their parent died: what a
 * crashed stack (or CLI command) left behind. A pid whose command line cannot be read is left alone.
 */
export function orphanedChildren(dataDir: string, name: string): ChildPidFile[] {
  return childRecords(dataDir, name).filter((child) => {
    if (!isAlive(child.pid) || isAlive(child.parent)) return false;
    const line = commandLine(child.pid)?.join(" ");
    return line !== undefined && child.marks.every((mark) => line.includes(mark));
  });
}

/** Forgets recorded children that no longer run. */
export function removeStaleChildPids(dataDir: string, name: string): void {
  for (const child of childRecords(dataDir, name)) if (!isAlive(child.pid)) removeChildPid(dataDir, name, child.pid);
}
