// Calendar attachments (RFC 5545) for interview times and offer deadlines. Times are written in UTC
// with "Z", which every calendar app converts to the viewer's zone correctly and avoids shipping a
// VTIMEZONE; a date-only deadline becomes an all-day event on that date.
import type { AttachmentView } from "../email-view";
import type { OwnerSettings } from "../owner";
import { formatDeadline, formatInstant } from "../owner-time";
import { instantOrNull, isDateOnly } from "../time";

const DEFAULT_INTERVIEW_MINUTES = 60;
const DEADLINE_BLOCK_MINUTES = 30;
const MAX_LINE_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line at 75 octets (RFC 5545 §3.1) without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    // Continuation lines start with a space, which counts towards their 75 octets.
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** 20260310T190000Z */
export function utcStamp(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

function calendar(uid: string, now: string, eventLines: string[]): string {
  const nowMs = instantOrNull(now) ?? 0;
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//jobnudge//controls//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    "BEGIN:VEVENT",
    `UID:${uid}`,
    `DTSTAMP:${utcStamp(nowMs)}`,
    ...eventLines,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

function attachment(filename: string, content: string): AttachmentView {
  return { filename, contentType: "text/calendar; charset=utf-8; method=PUBLISH", content };
}

export interface InterviewEventInput {
  employerId: string;
  employerName: string;
  role: string | null;
  /** ISO with offset. */
  start: string;
  minutes: number | null;
  interviewers: string[];
  owner: OwnerSettings;
  now: string;
}

/** Null when the start is not a readable instant: no event is better than a wrong one. */
export function interviewEvent(input: InterviewEventInput): AttachmentView | null {
  const start = instantOrNull(input.start);
  if (start === null) return null;
  const minutes = input.minutes && input.minutes > 0 ? input.minutes : DEFAULT_INTERVIEW_MINUTES;
  const description = [
    `Interview with ${input.employerName}${input.role ? ` for ${input.role}` : ""}.`,
    `Your time: ${formatInstant(input.start, input.owner.timezone)}.`,
    input.interviewers.length > 0 ? `Interviewers: ${input.interviewers.join(", ")}.` : "",
  ]
    .filter(Boolean)
    .join("\n");
  const content = calendar(`interview-${input.employerId}-${utcStamp(start)}@jobnudge`, input.now, [
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(start + minutes * 60_000)}`,
    `SUMMARY:${escapeText(`Interview: ${input.employerName}`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    "TRANSP:OPAQUE",
  ]);
  return attachment(`interview-${input.employerId}.ics`, content);
}

export interface DeadlineEventInput {
  employerId: string;
  employerName: string;
  /** "YYYY-MM-DD" or ISO with offset. */
  respondBy: string;
  owner: OwnerSettings;
  now: string;
}

function nextDay(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10).replace(/-/g, "");
}

/** The offer deadline: all day for a date, else a half-hour block that ends at the deadline. */
export function deadlineEvent(input: DeadlineEventInput): AttachmentView | null {
  const summary = `SUMMARY:${escapeText(`Answer due: ${input.employerName} offer`)}`;
  const description = `DESCRIPTION:${escapeText(
    `Your answer to ${input.employerName}'s offer is due ${formatDeadline(input.respondBy, input.owner.timezone)}.`,
  )}`;
  if (isDateOnly(input.respondBy)) {
    const day = input.respondBy.replace(/-/g, "");
    const content = calendar(`deadline-${input.employerId}-${day}@jobnudge`, input.now, [
      `DTSTART;VALUE=DATE:${day}`,
      `DTEND;VALUE=DATE:${nextDay(input.respondBy)}`,
      summary,
      description,
      "TRANSP:TRANSPARENT",
    ]);
    return attachment(`deadline-${input.employerId}.ics`, content);
  }
  const end = instantOrNull(input.respondBy);
  if (end === null) return null;
  const content = calendar(`deadline-${input.employerId}-${utcStamp(end)}@jobnudge`, input.now, [
    `DTSTART:${utcStamp(end - DEADLINE_BLOCK_MINUTES * 60_000)}`,
    `DTEND:${utcStamp(end)}`,
    summary,
    description,
    "TRANSP:OPAQUE",
  ]);
  return attachment(`deadline-${input.employerId}.ics`, content);
}
