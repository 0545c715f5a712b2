// `jobnudge parse FILE.eml --owner EMAIL --json`: the DESIGN.md contract. A message it cannot read
// still prints an object (kind "other" plus `error`) and exits 0; only a missing file or bad
// arguments exit non-zero. Without --owner (an extension of the contract) it reads as the running
// stack's owner, else the settings' one, and says which on stderr: whose mail a message is decides
// what it means (the owner's own reply is `outgoing`, the owner's name is never the employer).
import { readFile } from "node:fs/promises";
import { readEmail } from "../../app/read-message";
import { CONFIDENCE_THRESHOLD } from "../../domain/extraction";
import { ownerAddresses } from "../../domain/owner";
import { type CliCommand, parseCliArgs, UsageError, unreadableFile, userPath } from "./command";

const HELP = `Usage: jobnudge parse FILE.eml [--owner EMAIL] [--timezone ZONE] [--json]

Reads one raw email as jobnudge's inbox would and prints what it understood:
kind, employer, role, interviewAt, respondBy, expectDecisionBy, contactEmail, plus
confidence (calibrated, 0..1 per field: below ${CONFIDENCE_THRESHOLD} jobnudge asks instead of
acting), interviewMinutes, interviewers, ownerMove (what the employer waits on you for, or null),
offer terms, the owner's note, the original Date and Message-ID.

  --owner EMAIL     the owner's address (who forwards mail); repeatable. Default: the owner
                    of the running stack, else of the settings (JOBNUDGE_OWNER_EMAIL,
                    jobnudge.config.json), with their aliases; named on stderr
  --timezone ZONE   the owner's IANA zone for dates without an offset (default: with --owner
                    America/New_York, else the same owner's zone)
  --json            print one JSON object (default: a short summary)`;

export const parseCommand: CliCommand = {
  help: HELP,
  async run(args) {
    const { values, positionals } = parseCliArgs(args, {
      owner: { type: "string", multiple: true },
      timezone: { type: "string" },
      json: { type: "boolean" },
    });
    const [file, ...extra] = positionals;
    if (!file) throw new UsageError("missing FILE.eml");
    if (extra.length > 0) throw new UsageError(`one file at a time (got ${positionals.length})`);
    let raw: Buffer;
    try {
      raw = await readFile(userPath(file));
    } catch (err) {
      process.stderr.write(`jobnudge parse: cannot read ${userPath(file)}: ${unreadableFile(err)}\n`);
      return 1;
    }
    const owner = values.owner?.length
      ? { addresses: values.owner.map((o) => o.toLowerCase()), timezone: values.timezone ?? "America/New_York" }
      : await settingsOwner(values.timezone);
    const email = await readEmail(new Uint8Array(raw), { ownerAddresses: owner.addresses, timezone: owner.timezone });
    const result = { ...email.extraction, forward: email.outer.forward, outerSubject: email.outer.subject };
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const e = email.extraction;
      const lines = [
        `kind:             ${e.kind}${e.error ? ` (error: ${e.error})` : ""}`,
        `employer:         ${e.employer ?? "-"}`,
        `role:             ${e.role ?? "-"}`,
        `interviewAt:      ${e.interviewAt ?? "-"}`,
        `respondBy:        ${e.respondBy ?? "-"}`,
        `expectDecisionBy: ${e.expectDecisionBy ?? "-"}`,
        `contactEmail:     ${e.contactEmail ?? "-"}`,
        `ownerMove:        ${e.ownerMove ?? "-"}`,
        `forward:          ${email.outer.forward}`,
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    }
    return 0;
  },
};

/** The owner a bare `parse FILE` reads as: the running stack's, else the settings'; said on stderr. */
async function settingsOwner(timezone: string | undefined): Promise<{ addresses: string[]; timezone: string }> {
  // Loaded only here: `parse --owner` (the scripted contract) stays free of the stack's modules.
  const { findRunningStack } = await import("./running-stack");
  const { config, stack } = findRunningStack(process.env, process.cwd(), () => {});
  const addresses = ownerAddresses(config.owner);
  const zone = timezone ?? config.owner.timezone;
  const from = stack
    ? `the running stack's owner (pid ${stack.pid})`
    : process.env.JOBNUDGE_OWNER_EMAIL
      ? "JOBNUDGE_OWNER_EMAIL"
      : "the settings (jobnudge.config.json or the default)";
  process.stderr.write(
    `jobnudge parse: reading as ${addresses.join(", ")} in ${zone}, from ${from}; pass --owner EMAIL to choose.\n`,
  );
  return { addresses, timezone: zone };
}
