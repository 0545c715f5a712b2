// `jobnudge open`: the latest email jobnudge sent the owner, without hunting through the viewer:
// its subject and text in the terminal, plus the viewer link; --html writes its HTML to a file,
// prints the path and opens it in a browser when there is one.
import { spawn } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { escapeHtml } from "../../../templates/fill";
import { formatInstant } from "../../domain/time/format";
import { type CliCommand, parseCliArgs } from "./command";
import { latestOwnerEmail } from "./owner-mailbox";
import { findReadyStack } from "./running-stack";

/** The platform's "open this file" command, or null. */
function opener(): [string, string[]] | null {
  if (process.platform === "darwin") return ["open", []];
  if (process.platform === "win32") return ["cmd", ["/c", "start", '""']];
  return process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? ["xdg-open", []] : null;
}

export const openCommand: CliCommand = {
  help: `Usage: jobnudge open [--html]

Shows the latest email jobnudge sent the owner (from the running stack's SES emulator): its
subject, when it was sent, the viewer's address and its text.
  --html   write its HTML to <data folder>/latest-email.html, print that path, and open it in
           a browser when this terminal has one`,
  async run(args) {
    const { values } = parseCliArgs(args, { html: { type: "boolean" } });
    const { config, stack } = await findReadyStack();
    if (!stack) {
      process.stderr.write(
        `jobnudge open: the local stack is not running (no ${join(config.dataDir, "stack.json")}): start it with \`npm start\`\n`,
      );
      return 1;
    }
    let email: Awaited<ReturnType<typeof latestOwnerEmail>>;
    try {
      email = await latestOwnerEmail(stack.sesEndpoint, config.owner.email);
    } catch (err) {
      process.stderr.write(
        `jobnudge open: cannot read the SES emulator at ${stack.sesEndpoint}: ${(err as Error).message}\n`,
      );
      return 1;
    }
    if (!email) {
      // The emulator keeps mail in memory: after a restart it is empty, though the store is not
      // (and a sample sent again is "already applied", with no second acknowledgement).
      const since = formatInstant(Date.parse(stack.startedAt), config.owner.timezone, Date.now());
      process.stdout.write(
        `No email to ${config.owner.email} since this stack started (${since}): the viewer keeps emails only while the stack runs.\n` +
          "Forward a message it does not have yet, or send a command: npm run --silent cli -- command status\n",
      );
      return 0;
    }
    if (values.html) {
      const path = join(config.dataDir, "latest-email.html");
      await writeFile(path, email.body.html ?? `<pre>${escapeHtml(email.body.text ?? "")}</pre>`);
      process.stdout.write(`${path}\n`);
      const open = process.stdout.isTTY ? opener() : null;
      if (open) {
        const child = spawn(open[0], [...open[1], path], { detached: true, stdio: "ignore" });
        child.on("error", () => {});
        child.unref();
      }
      return 0;
    }
    process.stdout.write(
      [
        `Subject: ${email.subject}`,
        `Sent:    ${formatInstant(email.at * 1000, config.owner.timezone, Date.now())}`,
        `Viewer:  ${stack.sesEndpoint}/  (raw: ${stack.sesEndpoint}/get-emlContent?messageId=${encodeURIComponent(email.messageId)})`,
        "",
        (email.body.text ?? "(no text part)").trim(),
        "",
      ].join("\n"),
    );
    return 0;
  },
};
