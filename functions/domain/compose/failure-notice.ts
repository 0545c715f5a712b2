// The email that says jobnudge gave up on something after retrying for a long time (a forwarded
// message it could not process, a nudge it could not send): what, since when, and what to do, so
// nothing fails silently. Nothing about an employer changed because of it.
import type { EmailView } from "../email-view";
import type { OwnerSettings } from "../owner";
import { formatInstant } from "../owner-time";
import { oneLine } from "./plain-words";

export interface FailureNoticeInput {
  /** What could not be done, e.g. "process a message you forwarded" or "send your follow_up nudge". */
  what: string;
  /** The last error, in plain words (no stack traces). */
  reason: string;
  /** When the work was first due, UTC ISO. */
  since: string;
  /** Where to find it: the raw message key, the schedule name. */
  reference: string;
  /** The command that retries it, when there is one. */
  retry: string | null;
  owner: OwnerSettings;
  now: string;
}

export function composeFailureNotice(input: FailureNoticeInput): EmailView {
  const since = formatInstant(input.since, input.owner.timezone);
  return {
    kind: "error",
    subject: oneLine(`I could not ${input.what}`, 150),
    preheader: "I kept trying and gave up; here is what to do.",
    headline: `I could not ${oneLine(input.what, 120)}`,
    happened: `Since ${since} I tried again and again to ${oneLine(input.what, 120)}, and it kept failing: ${oneLine(input.reason, 300)}.`,
    whyNow: "I have stopped retrying, so you should know: nothing you forwarded or planned is silently lost.",
    deadline: null,
    sections: [
      {
        title: "What you can do",
        items: [
          `It is kept under the reference ${input.reference}.`,
          ...(input.retry ? [`Once the problem is fixed, run \`${input.retry}\` to try again.`] : []),
          'Send "status" to see what jobnudge knows now.',
        ],
      },
    ],
    tables: [],
    drafts: [],
    actions: [],
    attachments: [],
  };
}
