// What `jobnudge import` prints: the DESIGN.md JSON contract (extended, never changed) or lines for
// a person: per employer the messages, kinds, stage and dates found, the facts it was unsure of, and
// every message it could not read with its position.
import {
  type DateReference,
  datesInWords,
  MESSAGE_KIND_LABELS,
  STAGE_WORDS,
  timelineWords,
} from "../../domain/compose/plain-words";
import { FIELD_WORDS } from "../../domain/link-actions";
import { formatCalendarDate, formatDeadline, formatInstant } from "../../domain/owner-time";
import { instantOrNull, localDateOf } from "../../domain/time";
import type { MessageKind, Stage } from "../../domain/vocabularies";
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
    forwardsFromOthers: outcome.forwardsFromOthers,
  };
}

const figure = (n: number) => n.toLocaleString("en-US");

export function importText(
  outcome: ImportOutcome,
  /**
   * `target`: where it went ("the local stack on ..."), or for a dry run what that means; `now` (UTC
   * ISO, default the clock): dates of another year than now's carry their year.
   */
  options: { dryRun: boolean; timezone: string; target: string; now?: string },
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
  // For a person: dates in the owner's zone as they read them, kinds and stages in words (--json
  // keeps the stored values, DESIGN.md).
  const reference: DateReference = { timezone: options.timezone, now: options.now ?? new Date().toISOString() };
  const tz = reference.timezone;
  for (const employer of report?.employers ?? []) {
    const stage = STAGE_WORDS[employer.stage as Stage] ?? employer.stage;
    lines.push("", `${employer.name}${employer.role ? ` (${employer.role})` : ""}: ${stage}`);
    const dates = [
      employer.interviewAt ? `interview ${formatInstant(employer.interviewAt, tz, reference.now)}` : null,
      employer.respondBy ? `answer by ${formatDeadline(employer.respondBy, tz, reference.now)}` : null,
      employer.expectDecisionBy
        ? `news promised by ${formatDeadline(employer.expectDecisionBy, tz, reference.now)}`
        : null,
    ].filter((d): d is string => d !== null);
    if (dates.length > 0) lines.push(`  ${dates.join(" · ")}`);
    for (const m of employer.messages) {
      const kind = MESSAGE_KIND_LABELS[m.kind as MessageKind] ?? m.kind;
      lines.push(`  ${dayOf(m.at, reference).padEnd(15)} ${kind.padEnd(20)} ${timelineWords(m, reference)}`);
    }
    for (const f of employer.unsure) {
      const value = f.field === "kind" ? (MESSAGE_KIND_LABELS[f.value as MessageKind] ?? f.value) : f.value;
      lines.push(
        `  unsure: ${FIELD_WORDS[f.field] ?? f.field} ${datesInWords(value, reference)} (confidence ${f.confidence.toFixed(2)}, from mail of ${dayOf(f.at, reference)})`,
      );
    }
  }
  if (report && report.overdue.length > 0) {
    lines.push(
      "",
      `${report.overdue.length} nudge(s) ${options.dryRun ? "would be" : "were"} already due: ${options.dryRun ? "they would be" : "they are"} in the summary, not sent late.`,
    );
  }
  lines.push(...errorLines(outcome), ...othersLines(outcome));
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

/** "Mon 2 Mar": the owner-local day of a stored instant (with its year when not now's). */
function dayOf(iso: string, reference: DateReference): string {
  const ms = instantOrNull(iso);
  return ms === null ? iso : formatCalendarDate(localDateOf(ms, reference.timezone), reference.timezone, reference.now);
}

function errorLines(outcome: ImportOutcome): string[] {
  if (outcome.errors.length === 0) return [];
  return ["", `Not read (${outcome.errors.length}):`, ...outcome.errors.map((e) => `  ${e.at}: ${e.reason}`)];
}

/** Forwards from addresses that are not the owner's: what they mean and what to do if one is yours. */
function othersLines(outcome: ImportOutcome): string[] {
  const others = outcome.forwardsFromOthers;
  if (others.length === 0) return [];
  const total = others.reduce((sum, o) => sum + o.messages, 0);
  const shown = others.slice(0, 5).map((o) => `${o.address} (${figure(o.messages)})`);
  if (others.length > 5) shown.push(`${figure(others.length - 5)} more`);
  return [
    "",
    `${figure(total)} forwarded message(s) came from addresses that are not yours: ${shown.join(", ")}.`,
    "  They are read as mail those people sent you, so a forwarder can show up as an employer.",
    '  If an address is yours, list it in owner.aliases (jobnudge.config.json: "aliases": ["..."]) and run the dry run again.',
  ];
}
