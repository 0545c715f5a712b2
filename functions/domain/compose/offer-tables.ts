// The offer review's reference material (PLAYBOOK §3): the evaluation checklist, the side-by-side
// comparison with other offers and the current job, and negotiation prep.

import type { SectionView, TableView } from "../email-view";
import type { EmployerRecord } from "../employer";
import type { OfferTerms } from "../extraction";
import type { OwnerSettings } from "../owner";
import { offerDeadline } from "./frame";

const TO_FILL = "[fill in]";

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

const ROWS: Array<[string, (o: OfferTerms) => string | undefined]> = [
  ["Base pay", (o) => (o.base === undefined ? undefined : money(o.base, o.currency))],
  ["Bonus", (o) => o.bonus],
  ["Equity", (o) => o.equity],
  ["Sign-on", (o) => (o.signOn === undefined ? undefined : money(o.signOn, o.currency))],
  ["PTO days", (o) => (o.pto === undefined ? undefined : String(o.pto))],
  ["Benefits", (o) => o.benefits],
  ["Start date", (o) => o.startDate],
  ["Location", (o) => o.location],
  ["Remote", (o) => o.remote],
];

/** One column per offer (the reviewed one first), plus the current job for the owner to fill in. */
export function comparisonTable(offers: EmployerRecord[], owner: OwnerSettings): TableView {
  const column = (r: EmployerRecord, row: (o: OfferTerms) => string | undefined) =>
    (r.offer ? row(r.offer) : undefined) ?? "not stated";
  return {
    title: "Side by side",
    columns: ["Term", ...offers.map((r) => r.name), "Current job"],
    rows: [
      ...ROWS.map(([label, row]) => [label, ...offers.map((r) => column(r, row)), TO_FILL]),
      ["Answer due", ...offers.map((r) => offerDeadline(r, owner) ?? "not given"), "n/a"],
      ["Pros", ...offers.map(() => TO_FILL), TO_FILL],
      ["Cons", ...offers.map(() => TO_FILL), TO_FILL],
    ],
  };
}

/** Negotiation prep when the offered base is below the owner's target; null otherwise. */
export function negotiationPrep(r: EmployerRecord, owner: OwnerSettings): SectionView | null {
  const base = r.offer?.base;
  if (owner.targetBase === null || base === undefined || base >= owner.targetBase) return null;
  const currency = r.offer?.currency;
  return {
    title: "Negotiation prep",
    items: [
      `The base of ${money(base, currency)} is below your target of ${money(owner.targetBase, currency)}.`,
      "Know your range: the number you will ask for, and the reasons (market data, your experience, competing offers you really have).",
      "Know your floor: the lowest total package you would accept, decided before the call.",
      "Ask about the whole package too: sign-on, equity, start date, remote days, title.",
    ],
  };
}

export function offerTermsSection(r: EmployerRecord): SectionView {
  const items = r.offer
    ? ROWS.flatMap(([label, row]) => {
        const value = r.offer ? row(r.offer) : undefined;
        return value === undefined ? [] : [`${label}: ${value}`];
      })
    : [];
  return { title: "What they offered", items: items.length > 0 ? items : ["No terms in the message yet."] };
}

function money(amount: number, currency: string | undefined): string {
  return `${currency ? `${currency} ` : ""}${amount.toLocaleString("en-US")}`;
}
