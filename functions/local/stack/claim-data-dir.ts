// One stack per data folder. Before a stack starts on `dataDir`: refuse when another live stack
// owns it (two DynamoDB Locals on one database file corrupt it), and stop what a crashed stack left
// behind: its DynamoDB Local, recognised by our pid file plus its command line, never by name.
import type { Logger } from "../../app/ports";
import { LocalStackError } from "./ports";
import { describeProcess, stopProcess } from "./processes";
import { orphanedChildren, removeChildPid, removeStackFile, removeStaleChildPids, stackState } from "./stack-file";

export async function claimDataDir(dataDir: string, log: Logger): Promise<void> {
  const stack = stackState(dataDir);
  if (stack.state === "running") {
    const { file } = stack;
    throw new LocalStackError(
      [
        `another jobnudge stack is already running on the data folder ${dataDir}:`,
        `  ${describeProcess(file.pid)}, started ${file.startedAt}`,
        `  inbox smtp://${file.host}:${file.ports.smtp}, viewer ${file.sesEndpoint}, owner ${file.owner.email}`,
        `Use that one, or stop it first (Ctrl-C in its terminal, or \`kill ${file.pid}\`).`,
      ].join("\n"),
    );
  }
  await stopOrphans(dataDir, log);
  if (stack.state === "crashed") {
    log.warn("the previous stack on this data folder did not stop cleanly; its leftovers are cleaned up", {
      pid: stack.file.pid,
    });
    removeStackFile(dataDir, stack.file.pid);
  }
}

/** Stops the DynamoDB Local a crashed stack or CLI command left running on `dataDir`. */
export async function stopOrphans(dataDir: string, log: Logger): Promise<void> {
  for (const orphan of orphanedChildren(dataDir, "dynamodb")) {
    log.warn("stopping the DynamoDB Local a previous run left behind (it did not stop cleanly)", { pid: orphan.pid });
    await stopProcess(orphan.pid);
    removeChildPid(dataDir, "dynamodb", orphan.pid);
  }
  removeStaleChildPids(dataDir, "dynamodb");
}
