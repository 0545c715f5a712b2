// Before the stack starts anything: every port it needs must be free. A taken port fails the start
// with its name, number and, where the system tells, the process holding it, instead of the stack
// talking to whatever already answers there.
import { createServer } from "node:net";
import { JobnudgeError } from "../../domain/errors";
import { commandLine, describeProcess, listenerPid, parentPid } from "./processes";

/** The local stack cannot start (or a CLI command cannot reach it) for a reason on this machine. */
export class LocalStackError extends JobnudgeError {}

export interface NamedPort {
  /** What listens there, e.g. "DynamoDB Local". */
  name: string;
  port: number;
  /** The setting that moves it, e.g. JOBNUDGE_DYNAMODB_PORT. */
  variable: string;
}

/** null when `host:port` can be listened on, else the error code (EADDRINUSE, EACCES...). */
export function portProblem(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

/** "pid 4242 (java ... DynamoDBLocal.jar ...), started by pid 4200 (node dist/.../start.mjs)" or a fallback. */
export function describePortHolder(port: number): string {
  const pid = listenerPid(port);
  if (pid === null)
    return "a process this system does not name (try `lsof -i :PORT` or `ss -ltnp`)".replace("PORT", String(port));
  if (pid === "none") return "a process that has just let go of it";
  let text = describeProcess(pid);
  const parent = parentPid(pid);
  const isChild = commandLine(pid)?.some((arg) => arg.includes("DynamoDBLocal.jar"));
  if (isChild && parent && parent > 1) text += `, started by ${describeProcess(parent)}`;
  return text;
}

export async function assertPortsFree(host: string, ports: NamedPort[]): Promise<void> {
  const problems: string[] = [];
  for (const { name, port, variable } of ports) {
    const code = await portProblem(host, port);
    if (code === null) continue;
    const why =
      code === "EADDRINUSE"
        ? `is already in use by ${describePortHolder(port)}`
        : `cannot be opened (${code}${code === "EACCES" ? ": ports below 1024 need privileges" : ""})`;
    problems.push(`  - port ${port} (${name}, ${variable}) on ${host} ${why}`);
  }
  if (problems.length === 0) return;
  throw new LocalStackError(
    [
      "cannot start the local stack: a port it needs is taken.",
      ...problems,
      "If that is another jobnudge stack (`npm start` or `npm run demo`), stop it first (Ctrl-C in its",
      "terminal, or `kill PID`); or give this one other ports with the variables named above (or",
      '"ports" in jobnudge.config.json).',
    ].join("\n"),
  );
}
