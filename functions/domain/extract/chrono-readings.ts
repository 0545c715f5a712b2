// What the mail parsers and refiners (relative-phrases.ts, window-parsers.ts, mail-refiners.ts) hand
// to date-phrases.ts beside chrono's own components, keyed by chrono's result objects: the exact
// instant of a window ("within 48 hours" is the reference plus 48 hours, in the message's zone), and
// the time a date was paired with when they were written apart. Also the option that carries the
// message's zone into chrono's parsing context.
import type * as chrono from "chrono-node";
import { fixedOffset, toLocal, type Zone } from "../time";
import type { IstReading } from "./time-zones";

/** Results the mail parsers made: they win over chrono's own readings of the same words. */
export const WINDOW_TAG = "jobnudge/window";

/** chrono's parse option plus the zone the text's offset-less times are in (chrono only knows an offset). */
export interface MailParsingOption extends chrono.ParsingOption {
  zone?: Zone;
  /** What "IST" means in this message (time-zones.ts istReading). */
  ist?: IstReading;
}

export interface Reading {
  /** The instant the phrase names and the zone it is written in (a window's own arithmetic). */
  exact?: { instantMs: number; zone: Zone; hasTime: boolean };
  /** A time or a date written apart from this one ("14:30 (GMT+01:00) ... on Monday 13 April"). */
  partner?: chrono.ParsingResult;
}

const readings = new WeakMap<chrono.ParsingResult, Reading>();

export function readingOf(result: chrono.ParsingResult): Reading {
  return readings.get(result) ?? {};
}

export function setReading(result: chrono.ParsingResult, reading: Reading): void {
  readings.set(result, { ...readings.get(result), ...reading });
}

export function isWindow(result: chrono.ParsingResult): boolean {
  // chrono's tags() copies its set on every call, and the refiners ask this of every result, often
  // of every pair: its own set is read when it is there (the same answer), else the copy.
  const own = (result.start as unknown as { _tags?: unknown })._tags;
  return own instanceof Set ? own.has(WINDOW_TAG) : result.start.tags().has(WINDOW_TAG);
}

/**
 * The reference instant and the zone the text is in (the message's, else the offset chrono was
 * handed), and what "IST" means in it.
 */
export function referenceOf(context: chrono.ParsingContext): { ms: number; zone: Zone; ist?: IstReading } {
  const { zone, ist } = context.option as MailParsingOption;
  return {
    ms: context.reference.instant.getTime(),
    zone: zone ?? fixedOffset(context.reference.timezoneOffset ?? 0),
    ...(ist ? { ist } : {}),
  };
}

/**
 * A window's result: chrono's components for the local day (and time) in `zone`, tagged, with the
 * exact instant kept beside it for date-phrases.ts.
 */
export function windowResult(
  context: chrono.ParsingContext,
  index: number,
  text: string,
  instantMs: number,
  hasTime: boolean,
  zone: Zone,
): chrono.ParsingResult {
  const local = toLocal(instantMs, zone);
  const components: { [c in chrono.Component]?: number } = { year: local.year, month: local.month, day: local.day };
  if (hasTime) Object.assign(components, { hour: local.hour, minute: local.minute, second: local.second });
  const result = context.createParsingResult(index, text, components);
  result.addTag(WINDOW_TAG);
  setReading(result, { exact: { instantMs, zone, hasTime } });
  return result;
}
