// What `jobnudge import` prints: the DESIGN.md JSON contract (extended, never changed) or lines for
// a person: per employer the messages, kinds, stage and dates found, the facts it was unsure of, and
// every message it could not read with its position.
import { formatDeadline, formatInstant } from "../../domain/owner-time";
import type { ImportOutcome } from "./import-run";

/**
 * DESIGN.md: `{ messages, jobMessages, unsure, errors: [{ at, reason }], employers: [{ name, role,
 * stage, respondBy, expectDecisionBy, interviewAt }] }`; each employer also carries its `messages`
 * and `unsure` facts, and the top level what the header filter kept and skipped.
 */
export function importJson(outcome: ImportOutcome): Record<string, unknown> {
  const report = outcome.report;
  return {
    messages: outcome.messages,
    jobMessages: outcome.jobMessages,
    unsure: report?.unsure ?? 0,
    errors: outcome.errors,
    employers: report?.employers ?? [],
    format: outcome.format,
    kept: outcome.kept,
    skipped: outcome.skipped,
    applied: outcome.applied,
    overdue: (report?.overdue ?? []).map((n) => ({ kind: n.kind, dueAt: n.dueAt, reason: n.reason })),
    interrupted: outcome.interrupted,
  };
}

const figure = (n: number) => n.toLocaleString("en-US");

export function importText(
  outcome: ImportOutcome,
  /** `target`: where it went ("the local stack on ..."), or for a dry run what that means. */
  options: { dryRun: boolean; timezone: string; target: string },
): string {
  const lines: string[] = [];
  const skipped = Object.entries(outcome.skipped)
    .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
    .map(([rule, n]) => `${rule} ${figure(n ?? 0)}`)
    .join(", ");
  lines.push(
    `${figure(outcome.messages)} messages read (${outcome.format ?? "unknown format"}), ${figure(outcome.kept)} kept by the header filter${skipped ? ` (skipped: ${skipped})` : ""}.`,
  );
  if (outcome.interrupted) {
    lines.push(
      `Stopped after ${figure(outcome.replayed)} of ${figure(outcome.kept)} messages (${figure(outcome.applied)} new): nothing was planned or sent yet. Run the same command again to continue; what is done is not done twice.`,
    );
    return `${[...lines, ...errorLines(outcome)].join("\n")}\n`;
  }
  const report = outcome.report;
  lines.push(
    `${figure(outcome.jobMessages)} about job processes, ${figure(report?.unsure ?? 0)} with a fact to check; ${options.dryRun ? options.target : `applied to ${options.target}`}.`,
  );
  const tz = options.timezone;
  for (const employer of report?.employers ?? []) {
    lines.push("", `${employer.name}${employer.role ? ` (${employer.role})` : ""}: ${employer.stage}`);
    const dates = [
      employer.interviewAt ? `interview ${formatInstant(employer.interviewAt, tz)}` : null,
      employer.respondBy ? `answer by ${formatDeadline(employer.respondBy, tz)}` : null,
      employer.expectDecisionBy ? `news promised by ${formatDeadline(employer.expectDecisionBy, tz)}` : null,
    ].filter((d): d is string => d !== null);
    if (dates.length > 0) lines.push(`  ${dates.join(" · ")}`);
    for (const m of employer.messages) lines.push(`  ${m.at.slice(0, 10)}  ${m.kind.padEnd(19)} ${m.summary}`);
    for (const f of employer.unsure) {
      lines.push(
        `  unsure: ${f.field} ${f.value} (confidence ${f.confidence.toFixed(2)}, from mail of ${f.at.slice(0, 10)})`,
      );
    }
  }
  if (report && report.overdue.length > 0) {
    lines.push(
      "",
      `${report.overdue.length} nudge(s) ${options.dryRun ? "would be" : "were"} already due: ${options.dryRun ? "they would be" : "they are"} in the summary, not sent late.`,
    );
  }
  lines.push(...errorLines(outcome));
  if (!options.dryRun && report) {
    const summary =
      report.summary === "sent"
        ? `Summary emailed: "${report.headline}".`
        : report.summary === "done"
          ? "Nothing new since the last import of this mail: no second summary."
          : report.summary === "held"
            ? "Another run is sending the summary."
            : "Nothing imported: no summary.";
    lines.push("", summary);
  } else if (report) {
    lines.push("", `Dry run: ${report.headline}. Nothing was changed; run without --dry-run to apply it.`);
  }
  return `${lines.join("\n")}\n`;
}

function errorLines(outcome: ImportOutcome): string[] {
  if (outcome.errors.length === 0) return [];
  return ["", `Not read (${outcome.errors.length}):`, ...outcome.errors.map((e) => `  ${e.at}: ${e.reason}`)];
}
