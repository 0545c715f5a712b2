// The offer review's reference material (PLAYBOOK §3): the evaluation checklist, the side-by-side
// comparison with other offers and the current job, and negotiation prep.

import type { SectionView, TableView } from "../email-view";
import type { EmployerRecord } from "../employer";
import type { OwnerSettings } from "../owner";
import { dayOf, offerDeadline } from "./frame";
import { type DateReference, formatMoney, offerTermLines } from "./plain-words";

const TO_FILL = "[fill in]";
const NOT_STATED = "not stated";

export const EVALUATION_CHECKLIST: SectionView = {
  title: "Evaluate the whole offer",
  items: [
    "Base pay, and bonus or commission (target and how it is paid).",
    "Equity: amount, vesting schedule, and what it could be worth.",
    "Sign-on bonus (and whether it must be paid back if you leave early).",
    "Benefits: health, dental, vision, life and disability cover, retirement match, and what they cost you.",
    "Paid time off and sick days.",
    "Start date.",
    "Location, commute, and any relocation package.",
    "Hours, overtime, on-call duty and travel.",
    "Remote or hybrid flexibility.",
    "Growth: learning, promotion path, who you would learn from.",
    "The team and your future manager.",
    "Diversity and inclusion practices.",
  ],
};

/** The terms compared side by side, in the checklist's order (labels of offerTermLines). */
export const OFFER_TERM_ROWS = ["Base", "Bonus", "Equity", "Sign-on", "PTO", "Benefits", "Location", "Start"] as const;

/** Each offer's stated terms by label, in the same words everywhere (offer review, digest, replies). */
export function termsByLabel(r: EmployerRecord, dates?: DateReference): Map<string, string> {
  return new Map(offerTermLines(r.offer ?? {}, dates).map((line) => [line.label, line.value]));
}

/**
 * The "Answer due" cell: an offer already accepted has been answered ("accepted Mon 6 Apr"), whatever
 * deadline it had; the others their deadline, or null when none was given.
 */
function answerDue(r: EmployerRecord, owner: OwnerSettings, now?: string): string | null {
  if (r.stage === "accepted") {
    const on = dayOf(r.acceptedAt, owner, now);
    return on ? `accepted ${on}` : "accepted";
  }
  return offerDeadline(r, owner, now);
}

/**
 * The offers side by side, one column each (the reviewed one first). As a worksheet (`blanks`) it
 * adds the current job and pros and cons for the owner to fill in: that is shown once, in the review
 * of the owner's first offer. Everywhere else only the facts known: the rows some offer states.
 */
export function comparisonTable(
  offers: EmployerRecord[],
  owner: OwnerSettings,
  now?: string,
  { blanks = false }: { blanks?: boolean } = {},
): TableView {
  const dates = now ? { timezone: owner.timezone, now } : undefined;
  const terms = offers.map((r) => termsByLabel(r, dates));
  const due = offers.map((r) => answerDue(r, owner, now));
  if (blanks) {
    return {
      title: "Side by side: a worksheet to fill in",
      columns: ["Term", ...offers.map((r) => r.name), "Current job"],
      rows: [
        ...OFFER_TERM_ROWS.map((label) => [label, ...terms.map((t) => t.get(label) ?? NOT_STATED), TO_FILL]),
        ["Answer due", ...due.map((d) => d ?? "not given"), "n/a"],
        ["Pros", ...offers.map(() => TO_FILL), TO_FILL],
        ["Cons", ...offers.map(() => TO_FILL), TO_FILL],
      ],
    };
  }
  const stated = OFFER_TERM_ROWS.filter((label) => terms.some((t) => t.has(label)));
  return {
    title: "Side by side",
    columns: ["Term", ...offers.map((r) => r.name)],
    rows: [
      ...stated.map((label) => [label, ...terms.map((t) => t.get(label) ?? NOT_STATED)]),
      ...(due.some((d) => d !== null) ? [["Answer due", ...due.map((d) => d ?? "not given")]] : []),
    ],
  };
}

/**
 * True when `r`'s offer is the first the owner received (no other employer's came earlier): its
 * review carries the comparison worksheet, shown once.
 */
export function isFirstOffer(r: EmployerRecord, employers: EmployerRecord[]): boolean {
  const at = (e: EmployerRecord) => (e.offerReceivedAt ? Date.parse(e.offerReceivedAt) : Number.NaN);
  const mine = at(r);
  return !employers.some(
    (e) =>
      e.id !== r.id &&
      (at(e) < mine || (at(e) === mine && e.id < r.id) || (Number.isNaN(mine) && !Number.isNaN(at(e)))),
  );
}

/** Negotiation prep when the offered base is below the owner's target; null otherwise. */
export function negotiationPrep(r: EmployerRecord, owner: OwnerSettings): SectionView | null {
  const base = r.offer?.base;
  if (owner.targetBase === null || base === undefined || base >= owner.targetBase) return null;
  const currency = r.offer?.currency;
  return {
    title: "Negotiation prep",
    items: [
      `The base of ${formatMoney(base, currency)} is below your target of ${formatMoney(owner.targetBase, currency)}.`,
      "Know your range: the number you will ask for, and the reasons (market data, your experience, competing offers you really have).",
      "Know your floor: the lowest total package you would accept, decided before the call.",
      "Ask about the whole package too: sign-on, equity, start date, remote days, title.",
    ],
  };
}

export function offerTermsSection(r: EmployerRecord, dates?: DateReference): SectionView {
  const items = offerTermLines(r.offer ?? {}, dates).map((line) => `${line.label}: ${line.value}`);
  return { title: "What they offered", items: items.length > 0 ? items : ["No terms in the message yet."] };
}
