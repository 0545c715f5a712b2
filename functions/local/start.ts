// `npm start`: jobnudge on this machine, no AWS account needed.
import { consoleLogger } from "../adapters/logger";
import { JobnudgeError } from "../domain/errors";
import { loadLocalConfig } from "./config";
import { quietSdkNodeVersionWarning } from "./node-runtime";
import { runStack } from "./stack/run-stack";

async function main(): Promise<void> {
  quietSdkNodeVersionWarning();
  const log = consoleLogger();
  const config = loadLocalConfig();
  const stack = await runStack(config, log);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`received ${signal}; stopping every service`);
    await stack.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

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
