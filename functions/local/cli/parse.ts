// `jobnudge parse FILE.eml --owner EMAIL --json`: the DESIGN.md contract. A message it cannot read
// still prints an object (kind "other" plus `error`) and exits 0; only a missing file or bad
// arguments exit non-zero.
import { readFile } from "node:fs/promises";
import { readEmail } from "../../app/read-message";
import { CONFIDENCE_THRESHOLD } from "../../domain/extraction";
import { type CliCommand, parseCliArgs, UsageError, unreadableFile, userPath } from "./command";

const HELP = `Usage: jobnudge parse FILE.eml --owner EMAIL [--timezone ZONE] [--json]

Reads one raw email as jobnudge's inbox would and prints what it understood:
kind, employer, role, interviewAt, respondBy, expectDecisionBy, contactEmail, plus
confidence (calibrated, 0..1 per field: below ${CONFIDENCE_THRESHOLD} jobnudge asks instead of
acting), interviewMinutes, interviewers, ownerMove (what the employer waits on you for, or null),
offer terms, the owner's note, the original Date and Message-ID.

  --owner EMAIL     the owner's address (who forwards mail); repeatable
  --timezone ZONE   the owner's IANA zone for dates without an offset (default America/New_York)
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
    if (!values.owner?.length) throw new UsageError("missing --owner EMAIL");
    let raw: Buffer;
    try {
      raw = await readFile(userPath(file));
    } catch (err) {
      process.stderr.write(`jobnudge parse: cannot read ${userPath(file)}: ${unreadableFile(err)}\n`);
      return 1;
    }
    const email = await readEmail(new Uint8Array(raw), {
      ownerAddresses: values.owner.map((o) => o.toLowerCase()),
      timezone: values.timezone ?? "America/New_York",
    });
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
