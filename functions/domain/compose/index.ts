// Composing a planned nudge into an EmailView: what happened, why now, the deadline, the drafts in
// full and the controls. The view is plain text only; rendering and escaping happen in templates/.

import type { AttachmentView, EmailView } from "../email-view";
import type { EmployerRecord } from "../employer";
import { InvalidRequestError } from "../errors";
import { deadlineEvent, interviewEvent } from "../formats/calendar";
import type { LinkMaker } from "../link-actions";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { processLabel } from "../process";
import type { OwnerEmailKind } from "../vocabularies";
import { deadlinePassed } from "./deadline-passed";
import { backOut, decline, discussOffer, offerLetterCheck, resignation, withdrawal } from "./decisions";
import type { ComposeContext } from "./frame";
import { interviewPrep, thankYou } from "./interview";
import { withAcceptedElsewhere } from "./late-offer";
import { decisionReminder, expediteRequest, extensionRequest, offerReview } from "./offer";
import { withOpenQuestions } from "./open-questions";
import { followUp, rejection, stepOut } from "./waiting";
import { yourMove } from "./your-move";

type NudgeKind = Exclude<OwnerEmailKind, "ack" | "digest" | "command_reply" | "error">;

const COMPOSERS: Record<NudgeKind, (ctx: ComposeContext) => EmailView> = {
  interview_prep: interviewPrep,
  thank_you: thankYou,
  follow_up: followUp,
  step_out: stepOut,
  offer_review: withAcceptedElsewhere(offerReview),
  expedite_request: expediteRequest,
  extension_request: extensionRequest,
  decision_reminder: decisionReminder,
  withdrawal,
  decline,
  back_out: backOut,
  discuss_offer: discussOffer,
  offer_letter_check: offerLetterCheck,
  resignation,
  rejection,
  your_move: yourMove,
  deadline_passed: deadlinePassed,
};

export function composeNudge(
  nudge: PlannedNudge,
  employers: EmployerRecord[],
  owner: OwnerSettings,
  now: string,
  links: LinkMaker,
): EmailView {
  const composer = nudge.kind in COMPOSERS ? COMPOSERS[nudge.kind as NudgeKind] : undefined;
  if (!composer) throw new InvalidRequestError(`"${nudge.kind}" is not a nudge kind`);
  const employer = employers.find((e) => e.id === nudge.employerId);
  if (!employer) throw new InvalidRequestError(`nudge ${nudge.id} names an unknown employer`);
  const label = processLabel(employer, employers);
  const ctx = { nudge, employer, label, employers, owner, now, links };
  const view = withOpenQuestions(composer(ctx), ctx);
  return { ...view, attachments: [...view.attachments, ...calendarFor(nudge.kind, employer, owner, now)] };
}

/** A calendar entry for the moment the nudge is about, so it lands in the owner's calendar in their zone. */
function calendarFor(kind: OwnerEmailKind, r: EmployerRecord, owner: OwnerSettings, now: string): AttachmentView[] {
  const ids = { employerId: r.id, employerName: r.name, owner, now };
  let event: AttachmentView | null = null;
  if (kind === "interview_prep" && r.interviewAt) {
    event = interviewEvent({
      ...ids,
      role: r.role,
      start: r.interviewAt,
      minutes: r.interviewMinutes,
      interviewers: r.interviewers,
    });
  } else if (DEADLINE_KINDS.has(kind) && r.respondBy) {
    event = deadlineEvent({ ...ids, respondBy: r.respondBy });
  }
  return event ? [event] : [];
}

const DEADLINE_KINDS = new Set<OwnerEmailKind>(["offer_review", "extension_request", "decision_reminder"]);
