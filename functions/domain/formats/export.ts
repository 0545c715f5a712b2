// The `export` command: every employer and its timeline as CSV (for a spreadsheet) and JSON (for
// anything else). Cells come from mail, so CSV cells that a spreadsheet would run as a formula are
// defused with a leading quote (OWASP "CSV injection").

import type { AttachmentView } from "../email-view";
import type { EmployerRecord } from "../employer";
import { employerKeyOf, processLabel } from "../process";

const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: formula-defused, quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvTable(columns: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return `${[columns, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

const EMPLOYER_COLUMNS = [
  "id",
  "name",
  "aliases",
  "stage",
  "rank",
  "role",
  "contact_name",
  "contact_email",
  "interview_at",
  "respond_by",
  "expect_decision_by",
  "offer_base",
  "offer_currency",
  "offer_bonus",
  "offer_equity",
  "offer_sign_on",
  "offer_pto_days",
  "offer_remote",
  "offer_location",
  "offer_start",
  "offer_benefits",
  "offer_received_at",
  "last_contact_at",
  "follow_ups_sent",
  "accepted_at",
  "closed_at",
  "stopped",
  "snoozed_until",
  "created_at",
  "updated_at",
  // Added with processes (domain/process.ts): which employer a record is a process of, and the
  // process as the owner addresses it ("Acme / ML Engineer" when Acme has several).
  "employer_key",
  "process",
];

export function employersCsv(employers: EmployerRecord[]): string {
  return csvTable(
    EMPLOYER_COLUMNS,
    employers.map((e) => [
      e.id,
      e.name,
      e.aliases.join("; "),
      e.stage,
      e.rank,
      e.role,
      e.contactName,
      e.contactEmail,
      e.interviewAt,
      e.respondBy,
      e.expectDecisionBy,
      e.offer?.base,
      e.offer?.currency,
      e.offer?.bonus,
      e.offer?.equity,
      e.offer?.signOn,
      e.offer?.pto,
      e.offer?.remote,
      e.offer?.location,
      e.offer?.startDate,
      e.offer?.benefits,
      e.offerReceivedAt,
      e.lastContactAt,
      e.followUpsSent,
      e.acceptedAt,
      e.closedAt,
      e.stopped,
      e.snoozedUntil,
      e.createdAt,
      e.updatedAt,
      employerKeyOf(e),
      processLabel(e, employers),
    ]),
  );
}

export function timelineCsv(employers: EmployerRecord[]): string {
  const rows = employers.flatMap((e) =>
    [...e.timeline]
      .sort((a, b) => a.at.localeCompare(b.at))
      .map((t) => [e.id, e.name, t.at, t.kind, t.summary, processLabel(e, employers)]),
  );
  return csvTable(["employer_id", "employer", "at", "kind", "summary", "process"], rows);
}

/** The JSON export: the records as stored, minus internals (version, sent nudge ids). */
export function exportJson(employers: EmployerRecord[], now: string): string {
  const records = employers.map((record) => {
    const { version: _version, sentNudges: _sent, ...rest } = record;
    return {
      ...rest,
      employerKey: employerKeyOf(record),
      process: processLabel(record, employers),
      timeline: [...rest.timeline].sort((a, b) => a.at.localeCompare(b.at)),
    };
  });
  return `${JSON.stringify({ exportedAt: now, employers: records }, null, 2)}\n`;
}

export function exportAttachments(employers: EmployerRecord[], now: string): AttachmentView[] {
  const day = now.slice(0, 10);
  return [
    {
      filename: `jobnudge-employers-${day}.csv`,
      contentType: "text/csv; charset=utf-8",
      content: employersCsv(employers),
    },
    {
      filename: `jobnudge-timeline-${day}.csv`,
      contentType: "text/csv; charset=utf-8",
      content: timelineCsv(employers),
    },
    { filename: `jobnudge-export-${day}.json`, contentType: "application/json", content: exportJson(employers, now) },
  ];
}
