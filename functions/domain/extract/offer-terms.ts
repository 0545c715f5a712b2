// Offer terms as stated in an offer: base, bonus, equity, sign-on, PTO, start date, location.
// Only what is written next to its label; nothing is inferred.
import type { OfferTerms } from "../extraction";

const CURRENCY: Record<string, string> = { $: "USD", "£": "GBP", "€": "EUR", "₹": "INR", C$: "CAD", A$: "AUD" };
const MONEY = String.raw`(C\$|A\$|[$£€₹])\s?(\d{1,3}(?:[,.]\d{3})+|\d+(?:\.\d+)?)\s?([kK]\b)?`;

function amount(raw: string | undefined, thousands: string | undefined): number | undefined {
  if (!raw) return undefined;
  const value = Number(raw.replace(/[,.](?=\d{3}\b)/g, ""));
  if (!Number.isFinite(value)) return undefined;
  return thousands ? value * 1000 : value;
}

export function extractOfferTerms(text: string, startDate: string | null): OfferTerms | null {
  const body = text.slice(0, 30_000);
  const terms: OfferTerms = {};
  const base = new RegExp(
    String.raw`\b(?:base(?: salary| pay)?|salary)\b[^\n\d$£€₹]{0,25}${MONEY}|${MONEY}\s*(?:base|annual base|per annum|per year|a year|salary)`,
    "i",
  ).exec(body);
  if (base) {
    const symbol = base[1] ?? base[4];
    terms.base = amount(base[2] ?? base[5], base[3] ?? base[6]);
    if (symbol) terms.currency = CURRENCY[symbol] ?? symbol;
  }
  const signOn = new RegExp(
    String.raw`${MONEY}\s*sign[- ]?on|sign[- ]?on(?: bonus)?\b[^\n\d$£€₹]{0,20}${MONEY}`,
    "i",
  ).exec(body);
  if (signOn) terms.signOn = amount(signOn[2] ?? signOn[5], signOn[3] ?? signOn[6]);
  const bonus =
    /\b(?:(?:target|annual|performance|discretionary)\s+)?bonus\b[^\n%]{0,30}?(\d{1,2}(?:\.\d)?)\s?%|(\d{1,2}(?:\.\d)?)\s?%\s+(?:target |annual )?bonus/i.exec(
      body,
    );
  if (bonus) terms.bonus = `${bonus[1] ?? bonus[2]}%`;
  const equity =
    /\b(?:equity|stock options?|RSUs?)\b\s*:?\s*([^\n.;]{3,80})|(\d[\d,]*\s+(?:stock options|RSUs|shares|options))/i.exec(
      body,
    );
  // "equity of $40,000 over four years": the value, not the preposition that led to it.
  if (equity)
    terms.equity = (equity[2] ?? equity[1] ?? "")
      .trim()
      .replace(/^(?:[:\s-]+|(?:grant\s+)?(?:of|worth|valued at|totall?ing)\s+)+/i, "");
  const pto =
    /\b(\d{1,2})\s+days\s+(?:of\s+)?(?:PTO|paid time off|vacation|holiday|annual leave)|\b(?:PTO|paid time off|vacation|holiday|annual leave)\b\s*:?\s*(\d{1,2})\s+days/i.exec(
      body,
    );
  if (pto) terms.pto = Number(pto[1] ?? pto[2]);
  if (/\bfully remote\b|\bremote(?:-first| role| position)\b/i.test(body)) terms.remote = "remote";
  else if (/\bhybrid\b/i.test(body)) terms.remote = "hybrid";
  else if (/\b(?:on-?site|in[- ]office) (?:role|position|five days)\b/i.test(body)) terms.remote = "onsite";
  const location =
    /\b(?:in|at) our ([A-Z][\w]+(?: [A-Z][\w]+)?) office\b|\boffice in ([A-Z][\w]+(?: [A-Z][\w]+)?)/.exec(body);
  if (location) terms.location = location[1] ?? location[2];
  if (startDate) terms.startDate = startDate;
  return Object.keys(terms).length > 0 ? terms : null;
}
