// "Last contact" (PLAYBOOK §2): the latest of the employer's last mail, the owner's own mail to them
// and the interview itself, once it has happened. One function, so the planner's silence, the
// follow-up email and a draft's "since we spoke on <date>" never name different days.
import type { EmployerRecord } from "../employer";
import { instantOrNull } from "../time";

export type ContactSource = "employer" | "owner" | "interview";

export interface LastContact {
  /** Epoch ms of the latest exchange. */
  at: number;
  /** What it was: their mail, the owner's own mail, or the interview. */
  source: ContactSource;
}

/** The latest exchange with the employer as of `now` (epoch ms), or null when there was none. */
export function lastContact(r: EmployerRecord, now: number): LastContact | null {
  const candidates: LastContact[] = [];
  const employer = instantOrNull(r.lastContactAt);
  if (employer !== null) candidates.push({ at: employer, source: "employer" });
  const own = Math.max(
    instantOrNull(r.ownerMailAt) ?? Number.NEGATIVE_INFINITY,
    r.followUpsSent > 0 ? (instantOrNull(r.lastFollowUpAt) ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY,
  );
  if (Number.isFinite(own) && own <= now) candidates.push({ at: own, source: "owner" });
  const interview = instantOrNull(r.interviewAt);
  if (interview !== null && interview <= now) candidates.push({ at: interview, source: "interview" });
  const held = instantOrNull(r.interviewHeldAt);
  if (held !== null && held <= now && (interview === null || interview > now)) {
    candidates.push({ at: held, source: "interview" });
  }
  // On a tie the interview (a conversation) reads better than "my note", and their mail better than ours.
  const order: Record<ContactSource, number> = { interview: 0, employer: 1, owner: 2 };
  return candidates.sort((a, b) => b.at - a.at || order[a.source] - order[b.source])[0] ?? null;
}
