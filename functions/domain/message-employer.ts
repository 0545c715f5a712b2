// Which stored employer an inbound message is about (commands match names by prefix instead:
// commands/employer-match.ts).
import type { EmployerRecord } from "./employer";
import { employerIdFor } from "./employer";
import { isIndustryWord } from "./industry-words";
import { isFreeMail, isRelayDomain } from "./senders";

/** Finds the record for an extracted employer name (exact id, name or alias), else by contact domain. */
export function employerForMessage(
  employers: EmployerRecord[],
  name: string | null,
  contactEmail: string | null,
): EmployerRecord | null {
  if (name) {
    const id = employerIdFor(name);
    const lower = name.toLowerCase();
    // A current name before an old one: a renamed process keeps its old name as an alias.
    const byName =
      employers.find((e) => e.name.toLowerCase() === lower) ??
      employers.find((e) => e.id === id || e.aliases.includes(lower) || e.aliases.includes(id));
    if (byName) return byName;
    // "Quillmoor" and "Quillmoor Health": one company written short and in full, when only one
    // stored employer is either.
    const forms = employers.filter((e) => sameCompanyForms(e.name, name));
    if (new Set(forms.map((e) => e.employerKey ?? e.id)).size === 1) return forms[0] ?? null;
  }
  const domain = mailDomain(contactEmail);
  if (isEmployerDomain(domain)) {
    const byDomain = employers.filter((e) => e.domains.includes(domain));
    // Several processes of one employer share its domain; several employers do not decide.
    if (new Set(byDomain.map((e) => e.employerKey ?? e.id)).size === 1) return byDomain[0] ?? null;
  }
  return null;
}

/** One name is the other with industry words after it ("Wrenfield" / "Wrenfield Insurance"). */
function sameCompanyForms(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const shortWords = short.toLowerCase().split(/\s+/);
  const longWords = long.toLowerCase().split(/\s+/);
  if (shortWords.length === longWords.length || shortWords.some((w, i) => longWords[i] !== w)) return false;
  return longWords.slice(shortWords.length).every((w) => isIndustryWord(w));
}

export function mailDomain(address: string | null): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  return at > 0 ? address.slice(at + 1).toLowerCase() : null;
}

/** A domain worth remembering for an employer (not an ATS relay or a webmail provider). */
export function isEmployerDomain(domain: string | null): domain is string {
  return !!domain && !isRelayDomain(domain) && !isFreeMail(domain);
}
