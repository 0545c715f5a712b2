// When an employer that asks to talk proposes a time for the call ("could you jump on a quick call
// this afternoon?", "are you free Thursday at 2pm?"), the reply that books the call answers that
// proposal instead of suggesting other times. Only a sentence about a call counts, and only a time
// at or after the message was written.
import type { CallProposal } from "../extraction";
import { addDays, fromLocal, localDateOf, toIso, type Zone } from "../time";
import type { DateFrame } from "./date-phrase";
import { findDatePhrases } from "./date-phrases";
import { sentencesOf } from "./kind-signals";

const ABOUT_A_CALL = /\b(?:call|talk|chat|speak|conversation|catch up|meet|zoom|teams|phone)\b/i;
// "this afternoon", "tomorrow morning", "later today", "today", "tomorrow".
const DAY_PART = /\b(?:(this|tomorrow)\s+(morning|afternoon|evening)|(later today|today|tomorrow))\b/i;
const PART_AFTER = /^\s*(?:in the\s+)?(morning|afternoon|evening)\b/i;

type DayPart = NonNullable<CallProposal["part"]>;
/** The hours a part of the day spans, and a whole working day. */
const HOURS: Record<DayPart | "day", [number, number]> = {
  morning: [9, 12],
  afternoon: [12, 17],
  evening: [17, 20],
  day: [9, 17],
};

function span(date: { year: number; month: number; day: number }, part: DayPart | null, zone: Zone) {
  const [from, until] = HOURS[part ?? "day"];
  const at = (hour: number) => toIso(fromLocal({ ...date, hour, minute: 0, second: 0 }, zone));
  return { from: at(from), until: at(until) };
}

/** The time the employer proposes for the call they ask for, or null when they name none. */
export function callProposalOf(body: string, frame: DateFrame | null): CallProposal | null {
  if (!frame) return null;
  for (const sentence of sentencesOf(body.slice(0, 20_000))) {
    if (!ABOUT_A_CALL.test(sentence)) continue;
    const casual = DAY_PART.exec(sentence);
    const phrases = findDatePhrases(sentence, frame).filter((p) => p.instantMs >= frame.referenceMs - 3_600_000);
    const dated = phrases.find((p) => !casual || p.index !== casual.index);
    if (dated && !(casual && /^(?:today|tonight|this|later|tomorrow)/i.test(dated.text))) {
      if (dated.hasTime) {
        const until = dated.instantMs + 3_600_000;
        return { text: dated.text, from: toIso(dated.instantMs), until: toIso(until), hasTime: true, part: null };
      }
      const part = (PART_AFTER.exec(sentence.slice(dated.index + dated.text.length))?.[1]?.toLowerCase() ??
        null) as DayPart | null;
      const date = localDateOf(dated.instantMs, frame.zone);
      return { text: dated.text, ...span(date, part, frame.zone), hasTime: false, part };
    }
    if (casual) {
      const word = (casual[1] ?? casual[3] ?? "").toLowerCase();
      const part = ((casual[2] ?? null)?.toLowerCase() ?? null) as DayPart | null;
      const today = localDateOf(frame.referenceMs, frame.zone);
      const date = word === "tomorrow" ? addDays(today, 1) : today;
      return { text: casual[0], ...span(date, part, frame.zone), hasTime: false, part };
    }
  }
  return null;
}
