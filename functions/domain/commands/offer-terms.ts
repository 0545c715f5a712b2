// The terms part of `offer EMPLOYER base 145000 bonus 10% equity 20000 signon 5000 pto 25 remote hybrid`:
// a key word followed by its value words, until the next key word. Unknown words are refused
// (not skipped), so a typo never silently drops a term.
import type { OfferTerms } from "../extraction";
import { parseOwnerDate } from "../owner-time";

type TermKey =
  | "base"
  | "bonus"
  | "equity"
  | "signon"
  | "pto"
  | "remote"
  | "start"
  | "location"
  | "benefits"
  | "currency";

const KEY_WORDS: Record<string, TermKey> = {
  base: "base",
  salary: "base",
  bonus: "bonus",
  equity: "equity",
  rsu: "equity",
  rsus: "equity",
  signon: "signon",
  "sign-on": "signon",
  sign_on: "signon",
  signing: "signon",
  pto: "pto",
  vacation: "pto",
  remote: "remote",
  start: "start",
  location: "location",
  benefits: "benefits",
  currency: "currency",
};

/** Words that are a value on their own: `hybrid` means `remote hybrid`. */
const WORK_MODES: Record<string, NonNullable<OfferTerms["remote"]>> = {
  remote: "remote",
  hybrid: "hybrid",
  onsite: "onsite",
  "on-site": "onsite",
  office: "onsite",
};

const CURRENCY_SYMBOLS: Record<string, string> = { $: "USD", "€": "EUR", "£": "GBP" };

export const OFFER_TERM_WORDS = ["base", "bonus", "equity", "signon", "pto", "remote", "start", "location", "benefits"];

export type OfferTermsParse = { ok: true; terms: OfferTerms } | { ok: false; reason: string };

/** "145000", "145k", "$145,000", "1.2m" -> 145000 etc.; the symbol, if any, names the currency. */
export function parseAmount(text: string): { amount: number; currency?: string } | null {
  const match = /^([$€£])?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)([km])?$/i.exec(text.trim());
  if (!match?.[2]) return null;
  const unit = match[3]?.toLowerCase();
  const amount = Number(match[2].replace(/,/g, "")) * (unit === "k" ? 1_000 : unit === "m" ? 1_000_000 : 1);
  if (!Number.isFinite(amount)) return null;
  const currency = match[1] ? CURRENCY_SYMBOLS[match[1]] : undefined;
  return currency ? { amount: Math.round(amount), currency } : { amount: Math.round(amount) };
}

/** Keys whose value is one word ("145k", "10%"); `pto 25 days` may add its unit. */
const ONE_WORD_KEYS = new Set<TermKey>(["base", "bonus", "signon", "pto", "currency"]);

type TermGroup = { key: TermKey; word: string; value: string[] };

function acceptsMore(group: TermGroup | undefined, word: string): group is TermGroup {
  if (!group) return false;
  if (group.key === "remote") return group.value.length === 0; // one value, checked by the caller
  if (!ONE_WORD_KEYS.has(group.key) || group.value.length === 0) return true;
  return group.key === "pto" && group.value.length === 1 && /^days?$/i.test(word);
}

/** Groups words under their key; returns the first word that belongs to no key. */
function splitByKeys(words: string[]): TermGroup[] | string {
  const groups: TermGroup[] = [];
  for (const word of words) {
    const lower = word.toLowerCase();
    const key = KEY_WORDS[lower];
    const mode = WORK_MODES[lower];
    const last = groups[groups.length - 1];
    if (mode && last?.key === "remote" && last.value.length === 0) {
      last.value.push(word); // "remote hybrid"
    } else if (key) {
      groups.push({ key, word, value: [] });
    } else if (mode && last?.key !== "benefits") {
      groups.push({ key: "remote", word, value: [word] }); // "hybrid" alone
    } else if (acceptsMore(last, word)) {
      last.value.push(word);
    } else {
      return word;
    }
  }
  return groups;
}

export function parseOfferTerms(words: string[], timezone: string, now: string): OfferTermsParse {
  const groups = splitByKeys(words);
  if (typeof groups === "string") {
    return { ok: false, reason: `"${groups}" is not an offer term (use ${OFFER_TERM_WORDS.join(", ")})` };
  }
  if (groups.length === 0) return { ok: false, reason: `no offer terms given (use ${OFFER_TERM_WORDS.join(", ")})` };
  const terms: OfferTerms = {};
  for (const { key, word, value } of groups) {
    const text = value.join(" ");
    if (key !== "remote" && !text) return { ok: false, reason: `"${word}" needs a value` };
    switch (key) {
      case "base":
      case "signon": {
        const parsed = parseAmount(text);
        if (!parsed) return { ok: false, reason: `"${word} ${text}" is not an amount (e.g. 145000 or 145k)` };
        if (key === "base") terms.base = parsed.amount;
        else terms.signOn = parsed.amount;
        if (parsed.currency) terms.currency = parsed.currency;
        break;
      }
      case "bonus": {
        if (/^\d+(?:\.\d+)?%$/.test(text)) terms.bonus = text;
        else {
          const parsed = parseAmount(text);
          if (!parsed) return { ok: false, reason: `"bonus ${text}" is not a percentage or an amount` };
          terms.bonus = String(parsed.amount);
          if (parsed.currency) terms.currency = parsed.currency;
        }
        break;
      }
      case "pto": {
        const days = /^(\d{1,3})(?:\s*days?)?$/i.exec(text);
        if (!days) return { ok: false, reason: `"pto ${text}" is not a number of days` };
        terms.pto = Number(days[1]);
        break;
      }
      case "remote": {
        const mode = text ? WORK_MODES[text.toLowerCase()] : "remote";
        if (!mode) return { ok: false, reason: `"remote ${text}" should be remote, hybrid or onsite` };
        terms.remote = mode;
        break;
      }
      case "start": {
        const date = parseOwnerDate(text, timezone, now);
        if (!date) return { ok: false, reason: `"start ${text}" is not a date` };
        terms.startDate = date.slice(0, 10);
        break;
      }
      case "currency": {
        if (!/^[a-z]{3}$/i.test(text)) return { ok: false, reason: `"currency ${text}" should be a code like USD` };
        terms.currency = text.toUpperCase();
        break;
      }
      case "equity":
        terms.equity = text;
        break;
      case "location":
        terms.location = text;
        break;
      case "benefits":
        terms.benefits = text;
        break;
    }
  }
  return { ok: true, terms };
}
