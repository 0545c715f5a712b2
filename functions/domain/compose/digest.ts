// The weekly digest (PLAYBOOK §7): every open process, the open offers side by side with pros and
// cons, and a push to keep applying while fewer than three processes are active.
import type { EmailView, LinkView, SectionView, TableView } from "../email-view";
import type { EmployerRecord } from "../employer";
import type { OfferTerms } from "../extraction";
import { type LinkMaker, linkLabel } from "../link-actions";
import type { PlannedNudge } from "../nudge";
import type { OwnerSettings } from "../owner";
import { formatDeadline, formatInstant } from "../owner-time";
import { acceptedElsewhere, withdrawalTargets } from "../playbook";
import { DAY_MS, deadlineOrNull, formatClock } from "../time";
import { joinNames } from "../wording";
import { OFFER_TERM_ROWS, termsByLabel } from "./offer-tables";
import { digestOpenQuestions } from "./open-questions";
import { formatMoney } from "./plain-words";
import { openEmployers, processTable } from "./process-table";

export const KEEP_APPLYING_BELOW = 3;
const NOT_STATED = "not stated";
const REMOTE_ORDER: Record<NonNullable<OfferTerms["remote"]>, number> = { remote: 2, hybrid: 1, onsite: 0 };

function openOffers(employers: EmployerRecord[]): EmployerRecord[] {
  return openEmployers(employers).filter((e) => e.stage === "offer");
}

export function offersTable(offers: EmployerRecord[], owner: OwnerSettings, now?: string): TableView {
  const dates = now ? { timezone: owner.timezone, now } : undefined;
  const lines = offers.map((e) => termsByLabel(e, dates));
  const rows = OFFER_TERM_ROWS.map((label) => [label, ...lines.map((l) => l.get(label) ?? NOT_STATED)]);
  rows.push(["Answer by", ...offers.map((e) => (e.respondBy ? answerBy(e.respondBy, owner, now) : NOT_STATED))]);
  rows.push(["Your rank", ...offers.map((e) => (e.rank === null ? "not ranked" : String(e.rank)))]);
  return { title: "Offers side by side", columns: ["Term", ...offers.map((e) => e.name)], rows };
}

/** The answer deadline; "(lapsed)" once it is over (PLAYBOOK §7: never shown as still due). */
function answerBy(respondBy: string, owner: OwnerSettings, now: string | undefined): string {
  const when = formatDeadline(respondBy, owner.timezone, now);
  const over = now !== undefined && (deadlineOrNull(respondBy, owner.timezone)?.endsAt ?? Infinity) <= Date.parse(now);
  return over ? `${when} (lapsed)` : when;
}

/** Best and worst of a number across offers; only compared when every offer states it in one currency. */
function extremes(offers: EmployerRecord[], pick: (t: OfferTerms) => number | undefined, sameCurrency: boolean) {
  const values = offers.map((e) => (e.offer ? pick(e.offer) : undefined));
  if (!sameCurrency || offers.length < 2 || values.some((v) => v === undefined)) return null;
  const numbers = values as number[];
  const max = Math.max(...numbers);
  const min = Math.min(...numbers);
  return max === min ? null : { max, min, values: numbers };
}

export function prosAndCons(offers: EmployerRecord[], owner: OwnerSettings, now: string): SectionView[] {
  const currencies = new Set(offers.map((e) => e.offer?.currency ?? ""));
  const sameCurrency = currencies.size <= 1;
  const compared = [
    { what: "base", range: extremes(offers, (t) => t.base, sameCurrency) },
    { what: "sign-on", range: extremes(offers, (t) => t.signOn, sameCurrency) },
    { what: "PTO", range: extremes(offers, (t) => t.pto, true) },
  ];
  return offers.map((employer, i) => {
    const pros: string[] = [];
    const cons: string[] = [];
    const terms = employer.offer ?? {};
    for (const { what, range } of compared) {
      const value = range?.values[i];
      if (range && value === range.max) pros.push(`highest ${what} of your offers`);
      if (range && value === range.min) cons.push(`lowest ${what} of your offers`);
    }
    if (terms.base === undefined) cons.push("base pay not stated: ask for it in writing");
    else if (owner.targetBase !== null) {
      if (terms.base >= owner.targetBase)
        pros.push(`base meets your target of ${formatMoney(owner.targetBase, terms.currency)}`);
      else
        cons.push(
          `base is below your target of ${formatMoney(owner.targetBase, terms.currency)}: know your floor before you answer`,
        );
    }
    if (terms.remote) {
      const best = Math.max(...offers.map((e) => (e.offer?.remote ? REMOTE_ORDER[e.offer.remote] : -1)));
      if (offers.length > 1 && REMOTE_ORDER[terms.remote] === best && best > 0)
        pros.push(`most flexible (${terms.remote})`);
      if (terms.remote === "onsite") cons.push("on-site every day");
    } else cons.push("remote or on-site not stated");
    if (terms.benefits === undefined)
      cons.push("benefits not detailed: ask about health, retirement match and their cost to you");
    if (employer.rank === 1) pros.push("your top choice");
    const deadline = deadlineOrNull(employer.respondBy, owner.timezone);
    const left = deadline ? deadline.endsAt - Date.parse(now) : null;
    if (!deadline) cons.push("no answer deadline given: ask when they need your answer");
    else if (left !== null && left <= 0) {
      cons.push(`the answer deadline (${formatDeadline(deadline.value, owner.timezone, now)}) has lapsed`);
    } else if (left !== null && left < 7 * DAY_MS) {
      cons.push(`answer due soon: ${formatDeadline(deadline.value, owner.timezone, now)}`);
    }
    // Words, not "+"/"-" marks: both parts already put a bullet in front of each item.
    return {
      title: `${employer.name}: pros and cons`,
      items: [...pros.map((p) => `Pro: ${p}`), ...cons.map((c) => `Con: ${c}`)],
    };
  });
}

export function composeDigest(
  employers: EmployerRecord[],
  planned: PlannedNudge[],
  owner: OwnerSettings,
  now: string,
  links: LinkMaker,
): EmailView {
  const open = openEmployers(employers);
  const offers = openOffers(employers);
  const accepted = employers.find((e) => e.stage === "accepted" && !e.backedOut) ?? null;
  // The promise an extension request made (no new processes) holds until its offer's deadline, the
  // extended one when the owner recorded it; once that has lapsed, the promise has ended.
  const requested = offers.filter(extensionRequested);
  const extensionOut = requested.filter((e) => !deadlineLapsed(e, owner, now));
  const promiseEnded = requested.filter((e) => deadlineLapsed(e, owner, now));
  const tables: TableView[] = [];
  const sections: SectionView[] = [];
  const actions: LinkView[] = [];
  if (open.length > 0) tables.push(processTable(employers, planned, owner, now));
  else sections.push({ title: "Open processes", items: ["None right now."] });
  if (offers.length > 0) {
    tables.push(offersTable(offers, owner, now));
    sections.push(...prosAndCons(offers, owner, now));
    if (offers.length > 1 || open.length > 1) {
      for (const e of open.filter((o) => o.rank !== 1)) {
        actions.push({ label: linkLabel("prefer", e.name), url: links("prefer", e.id) });
      }
    }
  }
  // After an acceptance: the processes to withdraw from, and any offer that came later (PLAYBOOK §4).
  const toClose = accepted ? withdrawalTargets(accepted, employers) : [];
  const lateOffers = accepted ? open.filter((e) => acceptedElsewhere(e, employers) !== null) : [];
  if (accepted) {
    sections.unshift({
      title: `You accepted ${accepted.name}`,
      items: [
        accepted.offerLetterReceived
          ? "The written offer letter is in: plan your resignation (tell your manager first, in person)."
          : "Wait for the written offer letter and sign it before you resign from your current job.",
        ...(lateOffers.length > 0
          ? [
              `A newer offer is on the table: ${joinNames(lateOffers.map((e) => e.name))}. Stay and decline it, or back out of ${accepted.name} at once; its review has both drafts.`,
            ]
          : []),
        toClose.length > 0
          ? `Still open: ${toClose.map((e) => e.name).join(", ")}. Withdraw courteously so nobody keeps a slot for you.`
          : lateOffers.length > 0
            ? "Every other process is closed."
            : "Every other process is closed: nothing left to withdraw from.",
      ],
    });
  } else if (extensionOut.length > 0) {
    // The extension request told the offering employer the owner starts no new processes: a push to
    // keep applying would have them break their word (PLAYBOOK §7).
    const names = joinNames(extensionOut.map((e) => e.name));
    sections.push({
      title: "Finish what you started",
      items: [
        `Your extension request to ${names} says you are not starting new processes. If you sent it, keep to that until you have answered ${extensionOut.length === 1 ? "them" : "each of them"}.`,
        "Put your energy into the processes you have: prepare, follow up, and decide.",
      ],
    });
  } else if (open.length < KEEP_APPLYING_BELOW) {
    const near = offerNear(open, now, owner);
    sections.push({
      title: "Keep the search going",
      items: [
        ...promiseEndedLines(promiseEnded, owner, now),
        `${open.length === 0 ? "No process is" : `Only ${open.length} process${open.length === 1 ? " is" : "es are"}`} active. Keep applying: an offer is worth most when it is not your only option.`,
        ...(near.length > 0
          ? [
              `An offer is ${offers.length > 0 ? "on the table" : "in sight"} (${near.map((e) => e.name).join(", ")}): speed the search up now, not down. Other processes give you a real choice and a stronger position.`,
            ]
          : []),
        "Pick two or three roles to apply for this week, and ask your network for introductions.",
      ],
    });
  } else if (promiseEnded.length > 0) {
    sections.push({ title: "Your promise has ended", items: promiseEndedLines(promiseEnded, owner, now) });
  }
  const offerWords = offers.length === 0 ? "no offers" : `${offers.length} offer${offers.length === 1 ? "" : "s"}`;
  const openWords = `${open.length} open process${open.length === 1 ? "" : "es"}`;
  const closeWords = `${toClose.length} open process${toClose.length === 1 ? "" : "es"} to close`;
  const acceptedWords = [
    `you accepted ${accepted?.name}`,
    ...(toClose.length > 0 ? [closeWords] : []),
    ...(lateOffers.length > 0 ? [`a newer offer from ${joinNames(lateOffers.map((e) => e.name))}`] : []),
  ].join(", ");
  const summary = accepted ? acceptedWords : `${openWords}, ${offerWords}`;
  // Facts read but not yet confirmed wait for the owner: said plainly, answered in one tap.
  const waiting = digestOpenQuestions(open, owner, now, links);
  if (waiting.section) sections.unshift(waiting.section);
  actions.unshift(...waiting.links);
  return {
    kind: "digest",
    subject: `Your week: ${summary}`,
    preheader: summary,
    headline: "Your job search this week",
    happened: `As of ${formatInstant(now, owner.timezone)}: ${summary}.`,
    whyNow: `Your weekly digest (${digestWhen(owner)}).`,
    deadline: nearestDeadline(offers, owner, now),
    sections,
    tables,
    drafts: [],
    actions,
    attachments: [],
  };
}

/** Open processes where an offer is in hand or a decision is promised and not yet past (PLAYBOOK §7). */
function offerNear(open: EmployerRecord[], now: string, owner: OwnerSettings): EmployerRecord[] {
  const at = Date.parse(now);
  return open.filter((e) => {
    if (e.stage === "offer") return true;
    const promise = deadlineOrNull(e.expectDecisionBy, owner.timezone);
    return promise !== null && promise.endsAt > at;
  });
}

/** The nearest answer deadline still ahead (a lapsed one is shown as lapsed in the tables, not here). */
function nearestDeadline(offers: EmployerRecord[], owner: OwnerSettings, now: string): string | null {
  const next = offers
    .map((e) => ({ name: e.name, deadline: deadlineOrNull(e.respondBy, owner.timezone) }))
    .filter((d) => d.deadline !== null && d.deadline.endsAt > Date.parse(now))
    .sort((a, b) => (a.deadline?.endsAt ?? 0) - (b.deadline?.endsAt ?? 0))[0];
  return next?.deadline ? `${next.name}: ${formatDeadline(next.deadline.value, owner.timezone, now)}` : null;
}

/** The offer's answer deadline is over (a date-only deadline at the end of its day). */
function deadlineLapsed(offer: EmployerRecord, owner: OwnerSettings, now: string): boolean {
  const deadline = deadlineOrNull(offer.respondBy, owner.timezone);
  return deadline !== null && deadline.endsAt <= Date.parse(now);
}

/** "Your extension request to Nimbus Works promised ...; its deadline (Tue 14 Apr) has lapsed, so ...". */
function promiseEndedLines(offers: EmployerRecord[], owner: OwnerSettings, now: string): string[] {
  return offers.map(
    (e) =>
      `Your extension request to ${e.name} said you were not starting new processes until you answered; that answer was due ${formatDeadline(e.respondBy ?? "", owner.timezone, now)} and has lapsed, so that promise has ended: you are free to start new processes again.`,
  );
}

/** An extension request nudge went out for this open offer: its draft promised no new processes. */
function extensionRequested(offer: EmployerRecord): boolean {
  return offer.timeline.some((t) => t.kind === "nudge" && t.nudgeId?.startsWith("extension_request."));
}

/** "Mondays at 8:00 AM". */
function digestWhen(owner: OwnerSettings): string {
  const day = `${owner.digestDay.charAt(0).toUpperCase()}${owner.digestDay.slice(1)}s`;
  const [hour = 8, minute = 0] = owner.digestTime.split(":").map(Number);
  return `${day} at ${formatClock(hour, minute)}`;
}
