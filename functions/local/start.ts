// `npm start`: jobnudge on this machine, no AWS account needed.
import { consoleLogger } from "../adapters/logger";
import { JobnudgeError } from "../domain/errors";
import { loadLocalConfig } from "./config";
import { quietSdkNodeVersionWarning } from "./node-runtime";
import { type RunningStack, runStack } from "./stack/run-stack";

async function main(): Promise<void> {
  quietSdkNodeVersionWarning();
  const log = consoleLogger();
  const config = loadLocalConfig();
  // Listening before the start: Ctrl-C while DynamoDB Local starts would otherwise end Node on
  // the spot and leave stack.json and the pid files behind, read as a crash by the next start.
  let stack: RunningStack | null = null;
  let stopping = false;
  const stopAndExit = async (running: RunningStack) => {
    await running.stop();
    log.info("stopped");
    process.exit(0);
  };
  const shutdown = (signal: string) => {
    if (stopping) {
      // A second Ctrl-C: the user wants out now; the next start cleans up what is left.
      process.stderr.write("jobnudge: stopping at once\n");
      process.exit(130);
    }
    stopping = true;
    log.info(`received ${signal}; stopping every service${stack ? "" : " once they have started"}`);
    if (stack) void stopAndExit(stack);
  };
  process.on("SIGINT", () => shutdown("SIGINT"));
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  try {
    stack = await runStack(config, log);
  } catch (err) {
    // A child the same Ctrl-C reached (DynamoDB Local) failed the start: that is the stop asked for.
    if (stopping) process.exit(0);
    throw err;
  }
  if (stopping) return stopAndExit(stack);

  const smtp = `smtp://${config.host}:${config.ports.smtp}`;
  process.stdout.write(
    [
      `jobnudge ready: inbox ${config.inbox} at ${smtp}, owner ${config.owner.email} (${config.owner.timezone})`,
      `  emails jobnudge sends you: ${stack.sesEndpoint}  (SES emulator viewer)`,
      `  one-click actions:          ${stack.actionsUrl}`,
      `  data (database, raw mail):  ${config.dataDir}`,
      "Try it: in another terminal, forward a sample as the owner:",
      "  npm run --silent cli -- send samples/northwind-offer.eml",
      "then open the viewer (or: npm run --silent cli -- open). Ctrl-C stops everything.",
      ...(Number(process.versions.node.split(".")[0]) < 22
        ? [`(Node ${process.version} works; Node 22 is recommended: see .nvmrc.)`]
        : []),
      "",
    ].join("\n"),
  );
}

main().catch((err: unknown) => {
  // A bad setting, a taken port, another stack on the data folder: the message says what to do.
  if (err instanceof JobnudgeError) {
    process.stderr.write(`jobnudge: ${err.message}\n`);
  } else {
    process.stderr.write(
      `jobnudge failed to start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
  }
  process.exit(1);
});
