// What the date finders (date-phrases.ts, relative-phrases.ts) take and return, apart from both so
// that neither imports the other for its types.
import type { Zone } from "../time";
import type { Language } from "./languages/cues";
import type { IstReading } from "./time-zones";

export interface DateFrame {
  /** The instant the text was written (the original message's Date). */
  referenceMs: number;
  /** The zone the text's offset-less times are in. */
  zone: Zone;
  /** Day before month in numeric dates (European senders). */
  dayFirst: boolean;
  /** The text's language (language.ts): chrono reads it with that locale. English when absent. */
  language?: Language;
  /** What "IST" means in this message (time-zones.ts istReading); by the zone when absent. */
  ist?: IstReading;
}

export interface DatePhrase {
  text: string;
  /** Offset of the phrase in the searched text. */
  index: number;
  /** "YYYY-MM-DD" when no clock time is stated, else ISO 8601 with the stated zone's offset. */
  value: string;
  instantMs: number;
  hasTime: boolean;
}
