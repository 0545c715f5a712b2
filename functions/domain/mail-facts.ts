import type { Zone } from "./time";

// What the extractors see of one message: the original (innermost) message after the mail layer
// has unwrapped forwards, decoded MIME and split off the quoted thread. Plain data, no parser types.

export interface Party {
  name: string;
  address: string; // lower-cased
}

export interface CalendarFacts {
  /** Start as ISO 8601 with the event zone's offset, or "YYYY-MM-DD" for all-day events. */
  start: string | null;
  minutes: number | null;
  organizer: Party | null;
  attendees: Party[];
  summary: string | null;
  /** DESCRIPTION and LOCATION, unescaped (agendas and "you'll meet with" lists live here). */
  description: string | null;
  location: string | null;
  cancelled: boolean;
}

export interface AttachmentFacts {
  filename: string | null;
  mimeType: string;
  /** A few KB of text found in the file (PDF text streams), for cues like "offer letter". */
  textSample?: string;
}

export interface MailFacts {
  from: Party | null;
  to: Party[];
  cc: Party[];
  replyTo: Party[];
  subject: string;
  /** The original message's Date as written (keeps its offset), or a forward block's date. */
  dateHeader: string | null;
  /** Instant of the original message; null when unknown. */
  dateMs: number | null;
  /** Zone the original was written in: the offset or zone its Date states; null when it states none. */
  zone: Zone | null;
  /** Newest message text (signature kept, older quoted messages removed). */
  body: string;
  /** Older quoted messages below the newest one. */
  quoted: string;
  ownerNote: string | null;
  calendar: CalendarFacts | null;
  attachments: AttachmentFacts[];
  /** List-Unsubscribe / Precedence: bulk on the original. */
  bulk: boolean;
  ownerAddresses: string[];
  /** jobnudge's own addresses (the inbox, its sender) when known: never a contact or an employer's. */
  ownAddresses?: string[];
  /** The owner's IANA zone, the fallback for offset-less times. */
  ownerTimezone: string;
}
