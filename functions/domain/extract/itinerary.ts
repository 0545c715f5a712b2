// Onsite loops are sent as a schedule: the day on one line, then one line per session that starts
// with its clock time ("9:30 AM – 10:15 AM Gameplay coding"). The interview starts at the first
// session, which no sentence states together with the day.
import { fromLocal, isoInZone, type Zone } from "../time";
import type { DatePhrase } from "./date-phrases";
import { type IstReading, zoneMentionedIn } from "./time-zones";

const SESSION_LINE = /^[ \t]*(?:(\d{1,2})(?::([0-5]\d))?\s*([ap])\.?\s?m\b\.?|([01]?\d|2[0-3])[:.h]([0-5]\d)\b)/i;
/** Sessions sit right under the day; further down the lines are signatures and footers. */
const MAX_LINES_BELOW = 8;

export function firstSessionOf(text: string, day: DatePhrase, zone: Zone, ist?: IstReading): DatePhrase | null {
  if (day.hasTime) return null;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.value);
  if (!date) return null;
  const lineEnd = text.indexOf("\n", day.index + day.text.length);
  if (lineEnd < 0) return null;
  const lines = text
    .slice(lineEnd + 1)
    .split("\n")
    .slice(0, MAX_LINES_BELOW);
  for (const line of lines) {
    const m = SESSION_LINE.exec(line);
    if (m) {
      let hour = Number(m[1] ?? m[4]);
      if (m[3]) hour = (hour % 12) + (m[3].toLowerCase() === "p" ? 12 : 0);
      const minute = Number(m[2] ?? m[5] ?? 0);
      // "11:30 - 12:15 (14:00 - 14:45 SGT)": a zone in brackets belongs to the bracketed times.
      const sessionZone = zoneMentionedIn(line.replace(/\([^()]*\)/g, " "), zone, ist) ?? zone;
      const local = { year: Number(date[1]), month: Number(date[2]), day: Number(date[3]), hour, minute, second: 0 };
      const instantMs = fromLocal(local, sessionZone);
      if (!Number.isFinite(instantMs) || hour > 23) return null;
      return {
        text: `${day.text} ${m[0].trim()}`,
        index: day.index,
        value: isoInZone(instantMs, sessionZone),
        instantMs,
        hasTime: true,
      };
    }
  }
  return null;
}
