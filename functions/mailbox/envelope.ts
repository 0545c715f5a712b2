// The mbox separator ("envelope") line: `From SENDER DATE`. Writers disagree on the details:
//   Gmail Takeout   From 1788766383567437921@xxx Thu Jan 29 16:19:54 +0000 2026
//   Thunderbird     From - Thu Mar 05 10:15:00 2026
//   Apple Mail      From sam@example.com Thu Mar  5 10:15:00 2026
//   mutt / others   From sam@example.com Thu, 05 Mar 2026 10:15:00 +0000
// What they share is a sender token followed by a full date with weekday, time and year. Prose that
// happens to start with "From " almost never has that shape, which is what lets the splitter tell a
// separator from an unescaped body line.

const DAY = "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)";
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";
const TIME = "(\\d{1,2}):(\\d{2})(?::(\\d{2}))?";
const ZONE = "([+-]\\d{4}|[A-Z]{1,5})";
// asctime (ctime(3)), optionally with a zone before or after the year.
const ASCTIME = new RegExp(
  `^From \\S+ +${DAY},? +(${MONTH}) +(\\d{1,2}) +${TIME}(?: +${ZONE})? +(\\d{4})(?: +${ZONE})?\\s*$`,
  "i",
);
// RFC 5322 style, as a few writers put it.
const RFC_STYLE = new RegExp(`^From \\S+ +${DAY}, +(\\d{1,2}) +(${MONTH}) +(\\d{4}) +${TIME}(?: +${ZONE})?\\s*$`, "i");

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Is this line (without its line break) an mbox separator line? */
export function isEnvelopeLine(line: string): boolean {
  return ASCTIME.test(line) || RFC_STYLE.test(line);
}

function offsetMinutes(zone: string | undefined): number {
  const m = /^([+-])(\d{2})(\d{2})$/.exec(zone ?? "");
  if (!m) return 0; // asctime is UTC by convention; a zone name is too vague to act on here
  return (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

function utc(year: string, month: string, day: string, h: string, min: string, s: string | undefined, zone?: string) {
  const ms = Date.UTC(
    Number(year),
    MONTHS.indexOf(month.toLowerCase()),
    Number(day),
    Number(h),
    Number(min),
    Number(s ?? 0),
  );
  return Number.isFinite(ms) ? ms - offsetMinutes(zone) * 60_000 : null;
}

/**
 * The delivery time written on the separator line, in ms: the fallback date of a message whose
 * Date header is missing or unreadable. Thunderbird writes local time without a zone; close enough
 * for ordering a message that has no Date of its own.
 */
export function envelopeDate(line: string): number | null {
  const a = ASCTIME.exec(line);
  if (a) {
    const [, month = "", day = "", h = "", min = "", s, zoneBefore, year = "", zoneAfter] = a;
    return utc(year, month, day, h, min, s, zoneBefore ?? zoneAfter);
  }
  const r = RFC_STYLE.exec(line);
  if (r) {
    const [, day = "", month = "", year = "", h = "", min = "", s, zone] = r;
    return utc(year, month, day, h, min, s, zone);
  }
  return null;
}
