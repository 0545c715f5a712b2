// UTC instant -> wall-clock time in an IANA zone ("yyyy-mm-ddThh:mm:ss"), for Scheduler's at().
import { isoInZone } from "../domain/time";

export function wallTimeIn(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new RangeError(`not an instant: ${iso}`);
  return isoInZone(ms, timeZone).slice(0, 19);
}
