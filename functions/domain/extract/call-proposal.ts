// When an employer that asks to talk proposes a time for the call ("could you jump on a quick call
// this afternoon?", "are you free Thursday at 2pm?", "hätten Sie morgen früh Zeit für ein
// Gespräch?", "un appel jeudi à 14 h ?"), the reply that books the call answers that proposal instead
// of suggesting other times. Only a sentence about a call counts, and only a time at or after the
// message was written. The words are in call-proposal-cues.ts (English, German, French, Spanish,
// Dutch); chrono reads the dates in the message's language (the frame's).
//
// Each call sentence is read once by chrono and once against the casual-day table, and the two are
// never reconciled: a stated clock time wins, then a casual day phrase with its part of the day, then
// a named day (with the part written after it).
import type { CallProposal } from "../extraction";
import { addDays, fromLocal, localDateOf, toIso, type Zone } from "../time";
import { ABOUT_A_CALL, CASUAL_DAYS, type DayPart, PART_AFTER, PART_WITHIN } from "./call-proposal-cues";
import type { DateFrame } from "./date-phrase";
import { findDatePhrases } from "./date-phrases";
import { sentencesOf } from "./kind-signals";

/** The hours a part of the day spans, and a whole working day. */
const HOURS: Record<DayPart | "day", [number, number]> = {
  morning: [9, 12],
  afternoon: [12, 17],
  evening: [17, 20],
  day: [9, 17],
};

const HOUR_MS = 3_600_000;

function span(date: { year: number; month: number; day: number }, part: DayPart | null, zone: Zone) {
  const [from, until] = HOURS[part ?? "day"];
  const at = (hour: number) => toIso(fromLocal({ ...date, hour, minute: 0, second: 0 }, zone));
  return { from: at(from), until: at(until) };
}

/** The first casual day phrase of the sentence (the longest where two start at the same place). */
function casualDayIn(sentence: string): { text: string; day: 0 | 1; part: DayPart | null } | null {
  let best: { index: number; text: string; day: 0 | 1; part: DayPart | null } | null = null;
  for (const { pattern, day, part } of CASUAL_DAYS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const better =
      !best || match.index < best.index || (match.index === best.index && match[0].length > best.text.length);
    if (better) best = { index: match.index, text: match[0], day, part };
  }
  return best;
}

/** The part of the day a named day comes with: inside chrono's phrase, or written right after it. */
function partOf(phrase: string, rest: string): DayPart | null {
  const within = PART_WITHIN.find(([pattern]) => pattern.test(phrase))?.[1];
  return within ?? PART_AFTER.find(([pattern]) => pattern.test(rest))?.[1] ?? null;
}

/** The time the employer proposes for the call they ask for, or null when they name none. */
export function callProposalOf(body: string, frame: DateFrame | null): CallProposal | null {
  if (!frame) return null;
  for (const sentence of sentencesOf(body.slice(0, 20_000))) {
    if (!ABOUT_A_CALL.test(sentence)) continue;
    const phrases = findDatePhrases(sentence, frame).filter((p) => p.instantMs >= frame.referenceMs - HOUR_MS);
    // A stated clock time ("Thursday at 2pm", "morgen um 10 Uhr") is the most precise proposal.
    const timed = phrases.find((p) => p.hasTime);
    if (timed) {
      return {
        text: timed.text,
        from: toIso(timed.instantMs),
        until: toIso(timed.instantMs + HOUR_MS),
        hasTime: true,
        part: null,
      };
    }
    const casual = casualDayIn(sentence);
    if (casual) {
      const date = addDays(localDateOf(frame.referenceMs, frame.zone), casual.day);
      return { text: casual.text, ...span(date, casual.part, frame.zone), hasTime: false, part: casual.part };
    }
    const dated = phrases[0];
    if (dated) {
      const part = partOf(dated.text, sentence.slice(dated.index + dated.text.length));
      const date = localDateOf(dated.instantMs, frame.zone);
      return { text: dated.text, ...span(date, part, frame.zone), hasTime: false, part };
    }
  }
  return null;
}
