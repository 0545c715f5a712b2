// What runs on this machine: is a pid alive, what is its command line, who listens on a port.
// Linux answers through /proc; elsewhere the answers that need /proc are null ("cannot tell"), and
// callers fall back to weaker checks.
import { readdirSync, readFileSync, readlinkSync } from "node:fs";

/** True while the process exists (EPERM: it exists, it is just not ours to signal). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The process's arguments (argv), or null when they cannot be read. */
export function commandLine(pid: number): string[] | null {
  try {
    const raw = readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return raw ? raw.replace(/\0$/, "").split("\0") : null;
  } catch {
    return null;
  }
}

export function parentPid(pid: number): number | null {
  try {
    const ppid = /^PPid:\s+(\d+)$/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return ppid ? Number(ppid) : null;
  } catch {
    return null;
  }
}

/** Socket inodes listening on `port` (IPv4 and IPv6, any address); null without /proc. */
function listeningInodes(port: number): Set<string> | null {
  const inodes = new Set<string>();
  let readable = false;
  const hexPort = port.toString(16).toUpperCase().padStart(4, "0");
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    let text: string;
    try {
      text = readFileSync(table, "utf8");
    } catch {
      continue;
    }
    readable = true;
    for (const line of text.split("\n").slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; inode is column 10.
      if (cols.length > 9 && cols[1]?.endsWith(`:${hexPort}`) && cols[3] === "0A" && cols[9] !== "0") {
        inodes.add(cols[9] as string);
      }
    }
  }
  return readable ? inodes : null;
}

function holdsSocket(pid: number, inodes: Set<string>): boolean {
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return false;
  }
  for (const fd of fds) {
    try {
      const target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) return true;
    } catch {
      // the fd closed while we looked
    }
  }
  return false;
}

/** The pid listening on `port`: a number, "none" when nobody listens, null when it cannot be told. */
export function listenerPid(port: number): number | "none" | null {
  const inodes = listeningInodes(port);
  if (inodes === null) return null;
  if (inodes.size === 0) return "none";
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  for (const pid of pids) if (holdsSocket(Number(pid), inodes)) return Number(pid);
  return null; // a listener we may not inspect (another user's process)
}

/** Whether `pid` itself listens on `port`; null when this system cannot tell. */
export function listensOn(pid: number, port: number): boolean | null {
  const inodes = listeningInodes(port);
  if (inodes === null) return null;
  return inodes.size > 0 && holdsSocket(pid, inodes);
}

/** "pid 4242 (java -jar DynamoDBLocal.jar ...)", shortened to one readable line. */
export function describeProcess(pid: number): string {
  const argv = commandLine(pid);
  if (!argv) return `pid ${pid}`;
  const line = argv.join(" ");
  return `pid ${pid} (${line.length > 160 ? `${line.slice(0, 157)}...` : line})`;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone (or after the kill). */
export async function stopProcess(pid: number, graceMs = 3000): Promise<void> {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  if (isAlive(pid)) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // gone in between
    }
  }
}
