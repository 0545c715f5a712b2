// `merge A into B` (and the "not Acme: it is Globex" fix when Globex exists): two records turn out to
// be one employer. B keeps its identity; A's names become aliases, its history joins B's timeline,
// and facts B lacks are taken from A. Pure: the caller saves B and then deletes A.
import type { EmployerRecord } from "../employer";
import { InvalidRequestError } from "../errors";
import { OPEN_STAGES, type Stage } from "../vocabularies";

// Which stage says more about where things stand, when both records have one.
const STAGE_WEIGHT: Record<Stage, number> = {
  in_process: 0,
  offer: 1,
  rejected: 2,
  withdrawn: 2,
  declined: 2,
  accepted: 3,
};

function latest(a: string | null, b: string | null): string | null {
  if (!a) return b;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

export function mergeEmployers(from: EmployerRecord, into: EmployerRecord, now: string): EmployerRecord {
  if (from.id === into.id) throw new InvalidRequestError("an employer cannot be merged into itself");
  // An open process never overrides a closed one, but an offer does override "in process".
  const stage =
    STAGE_WEIGHT[from.stage] > STAGE_WEIGHT[into.stage] &&
    !(OPEN_STAGES.includes(from.stage) && !OPEN_STAGES.includes(into.stage))
      ? from.stage
      : into.stage;
  const intoName = into.name.toLowerCase();
  const aliases = union(into.aliases, [from.name.toLowerCase(), ...from.aliases]).filter((a) => a !== intoName);
  return {
    ...into,
    aliases,
    domains: union(into.domains, from.domains),
    stage,
    rank: into.rank ?? from.rank,
    role: into.role ?? from.role,
    contactEmail: into.contactEmail ?? from.contactEmail,
    contactName: into.contactName ?? from.contactName,
    interviewAt: into.interviewAt ?? from.interviewAt,
    interviewMinutes: into.interviewMinutes ?? from.interviewMinutes,
    interviewers: union(into.interviewers, from.interviewers),
    respondBy: into.respondBy ?? from.respondBy,
    expectDecisionBy: into.expectDecisionBy ?? from.expectDecisionBy,
    offer: into.offer || from.offer ? { ...from.offer, ...into.offer } : null,
    offerReceivedAt: into.offerReceivedAt ?? from.offerReceivedAt,
    offerLetterReceived: into.offerLetterReceived || from.offerLetterReceived,
    lastContactAt: latest(into.lastContactAt, from.lastContactAt),
    followUpsSent: Math.max(into.followUpsSent, from.followUpsSent),
    lastFollowUpAt: latest(into.lastFollowUpAt, from.lastFollowUpAt),
    asksToTalk: into.asksToTalk || from.asksToTalk,
    callWith: into.callWith ?? from.callWith,
    callProposal: into.callProposal ?? from.callProposal ?? null,
    acceptedAt: into.acceptedAt ?? from.acceptedAt,
    closedAt: stage === into.stage ? into.closedAt : from.closedAt,
    backedOut: into.backedOut || from.backedOut,
    snoozedUntil: into.snoozedUntil,
    stopped: into.stopped,
    sentNudges: union(into.sentNudges, from.sentNudges),
    // Open questions of both: a field asked about in both keeps the newer question.
    unsure: [...(into.unsure ?? []), ...(from.unsure ?? [])]
      .sort((a, b) => b.at.localeCompare(a.at))
      .filter((f, i, all) => all.findIndex((g) => g.field === f.field) === i),
    factConfidence: { ...(from.factConfidence ?? {}), ...(into.factConfidence ?? {}) },
    timeline: [
      ...[...into.timeline, ...from.timeline].sort((a, b) => a.at.localeCompare(b.at)),
      { at: now, kind: "action", summary: `merge: ${from.name} merged into ${into.name}` },
    ],
    updatedAt: now,
  };
}
