// `npm run demo`: plays a scripted two-week job hunt (samples/demo/scenario.json) through the real
// local stack on a fast clock, so the nudges arrive in the SES viewer as they would over two weeks.
// Uses its own data folder (.data/demo, wiped at start) and the scenario's owner.
import { readFile, rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import nodemailer from "nodemailer";
import { consoleLogger } from "../adapters/logger";
import { ConfigError } from "../domain/errors";
import { formatInstant } from "../domain/time";
import { userPath } from "./cli/command";
import { loadLocalConfig } from "./config";
import { DemoClock } from "./demo-clock";
import { quietSdkNodeVersionWarning } from "./node-runtime";
import { loadScenario } from "./simulate";
import { type RunningStack, runStack } from "./stack/run-stack";

const HELP = `Usage: npm run demo -- [SCENARIO_DIR] [--speed N]

Plays SCENARIO_DIR/scenario.json (default samples/demo) through the local stack. The clock runs
N times faster than real time (default 7200: two hours per second, two weeks in under 3 minutes).
Open the SES viewer it prints to watch the nudges arrive. It runs its own stack on the usual
ports (data in <data folder>/demo): stop \`npm start\` first, or set other JOBNUDGE_*_PORT values.`;

async function main(): Promise<void> {
  quietSdkNodeVersionWarning();
  const { values, positionals } = parseArgs({
    args: process.argv.slice(2),
    options: { speed: { type: "string" }, help: { type: "boolean", short: "h" } },
    allowPositionals: true,
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const dir = positionals[0] ? userPath(positionals[0]) : resolve("samples/demo");
  const speed = Number(values.speed ?? 7200);
  if (!Number.isFinite(speed) || speed <= 0) throw new ConfigError("--speed must be a positive number");
  const scenario = await loadScenario(dir);
  const base = loadLocalConfig();
  const config = {
    ...base,
    dataDir: join(base.dataDir, "demo"),
    owner: {
      ...base.owner,
      email: scenario.owner.email.toLowerCase(),
      name: scenario.owner.name,
      timezone: scenario.owner.timezone,
    },
  };
  await rm(config.dataDir, { recursive: true, force: true });

  // The virtual clock starts once the stack is up, stands still while a step is delivered (so each
  // step happens at its scripted time) and stops at the scenario's end, so the viewer holds
  // exactly the two weeks.
  const virtualEnd = Date.parse(scenario.end);
  const clock = new DemoClock(Date.parse(scenario.start), virtualEnd, speed);
  const virtualNow = () => clock.now();
  const log = consoleLogger();
  // Listening before the start (Ctrl-C while DynamoDB Local starts still stops cleanly); a second
  // Ctrl-C ends at once, and the next start cleans up what is left.
  let stopped = false;
  const stop = () => {
    if (stopped) {
      process.stderr.write("jobnudge demo: stopping at once\n");
      process.exit(130);
    }
    stopped = true;
    process.stdout.write("jobnudge demo: stopping\n");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  let stack: RunningStack;
  try {
    stack = await runStack(config, log, { clock: { now: virtualNow }, schedulerIntervalMs: 250 });
  } catch (err) {
    if (stopped) return; // a child the same Ctrl-C reached failed the start: the stop asked for
    throw err;
  }
  if (stopped) return stack.stop();
  clock.begin();
  const stamp = () => formatInstant(virtualNow().getTime(), config.owner.timezone);
  process.stdout.write(
    `jobnudge demo: ${scenario.steps.length} steps from ${scenario.start} to ${scenario.end} at ${speed}x.\n` +
      `Watch the emails arrive at ${stack.sesEndpoint}\n`,
  );
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.ports.smtp,
    secure: false,
    ignoreTLS: true,
  });
  try {
    const steps = [...scenario.steps].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    for (const step of steps) {
      // Slept to the step's instant itself (a poll every 100 ms was 12 virtual minutes late).
      while (!stopped && clock.realMsUntil(Date.parse(step.at)) > 0)
        await sleep(Math.min(200, Math.ceil(clock.realMsUntil(Date.parse(step.at)))));
      if (stopped) break;
      const envelope = { from: config.owner.email, to: [config.inbox] };
      // Stamped when sent: the inbox answers once the message is processed.
      const sentAt = stamp();
      if ("email" in step) {
        const raw = await readFile(join(dir, step.email));
        await clock.holding(() => transport.sendMail({ envelope, raw }));
        process.stdout.write(`[${sentAt}] forwarded ${step.email}\n`);
      } else if ("tap" in step) {
        // The demo's links are real: the owner presses them in the viewer.
        process.stdout.write(`[${sentAt}] the scenario presses "${step.tap}" now: press it in the viewer\n`);
      } else {
        await clock.holding(() =>
          transport.sendMail({ envelope, from: config.owner.email, to: config.inbox, subject: step.command, text: "" }),
        );
        process.stdout.write(`[${sentAt}] command: ${step.command}\n`);
      }
    }
    while (!stopped && virtualNow().getTime() < virtualEnd) await sleep(200);
    if (!stopped) {
      await sleep(1000); // let the last schedules fire
      await stack.idle();
      process.stdout.write(`[${stamp()}] demo over. The emails stay in the viewer until you press Ctrl-C.\n`);
    }
    while (!stopped) await sleep(200);
  } finally {
    transport.close();
    await stack.stop();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

main().catch((err: unknown) => {
  process.stderr.write(`jobnudge demo: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
