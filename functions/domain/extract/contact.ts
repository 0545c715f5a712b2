// The human to reply to. For the owner's own mail: the first employer recipient. Otherwise a person
// who wrote or was named with an address (Reply-To, From, an address in the newest message), never a
// robot or relay, never the owner.
import type { MailFacts, Party } from "./mail-facts";
import { domainOf, isRobotAddress, isSharedMailbox } from "./senders";

export interface ContactGuess {
  email: string | null;
  name: string | null;
  confidence: number;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

function nameNear(text: string, address: string): string | null {
  const at = text.toLowerCase().indexOf(address);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 300), at);
  const m = /([A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){1,2})(?:,| at| \(|\s*<|\s*\n[^\n]*\n?$)[^\n]*$/u.exec(before);
  return m?.[1] ?? null;
}

export function extractContact(facts: MailFacts, outgoing: boolean, employerDomainHint: string | null): ContactGuess {
  const owners = new Set(facts.ownerAddresses.map((a) => a.toLowerCase()));
  const usable = (p: Party | undefined | null): p is Party =>
    !!p && p.address.includes("@") && !owners.has(p.address) && !isRobotAddress(p.address);

  if (outgoing) {
    const recipient = [...facts.to, ...facts.cc].find(usable);
    return recipient
      ? { email: recipient.address, name: recipient.name || null, confidence: 0.9 }
      : { email: null, name: null, confidence: 0 };
  }

  const candidates: { party: Party; score: number }[] = [];
  const push = (party: Party, score: number) => {
    if (!usable(party)) return;
    const shared = isSharedMailbox(party.address) ? -2 : 0;
    const sameEmployer = employerDomainHint && domainOf(party.address) === employerDomainHint ? 1 : 0;
    const existing = candidates.find((c) => c.party.address === party.address);
    if (existing) existing.score = Math.max(existing.score, score + shared + sameEmployer) + 0.5;
    else candidates.push({ party, score: score + shared + sameEmployer });
  };
  for (const party of facts.replyTo) push(party, 5);
  if (facts.from) push(facts.from, 4);
  const bodyAddresses = (facts.body.slice(0, 30_000).match(EMAIL) ?? []).map((a) => a.toLowerCase().replace(/\.$/, ""));
  for (const address of bodyAddresses) push({ address, name: nameNear(facts.body, address) ?? "" }, 3);
  if (facts.calendar?.organizer) push(facts.calendar.organizer, 2);

  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) return { email: null, name: null, confidence: 0 };
  return {
    email: best.party.address,
    name: best.party.name || null,
    confidence: Math.min(0.95, 0.45 + best.score / 10),
  };
}
