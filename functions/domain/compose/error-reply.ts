// The reply to a message from the owner that jobnudge could not read: why, where the raw message
// is kept, and what the owner can do instead. Nothing about an employer changed.
import type { EmailView } from "../email-view";
import type { OwnerSettings } from "../owner";
import { formatInstant } from "../owner-time";
import { oneLine } from "./plain-words";

export interface ErrorReplyInput {
  /** Why the message could not be read, in plain words (no stack traces). */
  reason: string;
  /** Key of the raw message in the raw mail store. */
  rawKey: string;
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
    happened: `A message ${about} arrived ${when}, and I could not read it: ${oneLine(input.reason, 300)}.`,
    whyNow: "You should know at once, so nothing you forwarded is silently lost.",
    deadline: null,
    sections: [
      {
        title: "What happened",
        items: [
          "Nothing about your employers changed.",
          `The raw message is kept under the key ${input.rawKey}, for you or a maintainer to look at.`,
        ],
      },
      {
        title: "What you can do",
        items: [
          "Forward the original again, as an attachment if your mail app offers it.",
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
