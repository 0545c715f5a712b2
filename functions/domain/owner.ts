// The owner: the one person a jobnudge deployment works for.

export const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface OwnerSettings {
  /** Primary address: nudges go here. Lower-cased. */
  email: string;
  /** Other addresses of the owner that may forward mail (lower-cased). */
  aliases: string[];
  name: string;
  /** IANA zone, e.g. "America/New_York". */
  timezone: string;
  /** "HH:MM" local: what "morning" means (default 09:00). */
  workdayStart: string;
  /** Weekly digest day and time, owner-local (default monday 08:00). */
  digestDay: Weekday;
  digestTime: string;
  /** Send an `ack` for each accepted forward (default true). */
  ack: boolean;
  /** Optional target base pay, for negotiation prep. */
  targetBase: number | null;
}

export function ownerAddresses(owner: OwnerSettings): string[] {
  return [owner.email, ...owner.aliases].map((a) => a.toLowerCase());
}
