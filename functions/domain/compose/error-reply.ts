// The reply to a message from the owner that jobnudge could not read: why, that nothing changed, and
// what the owner can do instead. Internal keys stay in the log (inbound logs the raw message key); the
// owner reads one heading per part: what happened, why now, what you can do.
import type { EmailView } from "../email-view";
import type { OwnerSettings } from "../owner";
import { formatInstant } from "../owner-time";
import { oneLine } from "./plain-words";

export interface ErrorReplyInput {
  /** Why the message could not be read, in plain words (no stack traces). */
  reason: string;
  /** Subject of the unreadable message, when it could be read at all. */
  subject: string | null;
  /** When it arrived, UTC ISO; defaults to `now`. */
  receivedAt?: string;
  owner: OwnerSettings;
  now: string;
}

export function composeError(input: ErrorReplyInput): EmailView {
  const { owner } = input;
  const about = input.subject ? `"${oneLine(input.subject, 80)}"` : "without a readable subject";
  const when = formatInstant(input.receivedAt ?? input.now, owner.timezone);
  return {
    kind: "error",
    subject: oneLine(`I could not read your message ${input.subject ? about : `of ${when}`}`, 150),
    preheader: "Nothing changed; the message is kept.",
    headline: "I could not read one of your messages",
    happened: `A message ${about} arrived ${when}, and I could not read it: ${oneLine(input.reason, 300).replace(/[.\s]+$/, "")}. Nothing about your employers changed, and the message is kept as it arrived.`,
    whyNow: "You should know at once, so nothing you forwarded is silently lost.",
    deadline: null,
    sections: [
      {
        title: "What you can do",
        items: [
          ...(/larger than|too large/i.test(input.reason)
            ? ["It was too large: forward it again without its attachments, or paste the text."]
            : ["Forward the original again, as an attachment if your mail app offers it."]),
          "Or paste the important text into a new message to the inbox, with the employer's name.",
          'Or set the facts by command, e.g. "deadline Acme friday 5pm" or "expect Acme mar 13" (send "help" for all).',
        ],
      },
    ],
    tables: [],
    drafts: [],
    actions: [],
    attachments: [],
  };
}
