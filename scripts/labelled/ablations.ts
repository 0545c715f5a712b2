// Ways to take evidence away from a real message, for calibration. The development sets were tuned
// until nearly every field is right, so they hold too few wrong answers to learn from; the same
// messages with one signal removed (no subject, no sender names, a relay address instead of the
// company's, only the top or the bottom of the body, no calendar or attachments) read less well,
// and the evidence of those readings says so. Deterministic: no sampling.
import type { MailFacts, Party } from "../../functions/domain/mail-facts";

export interface Ablation {
  name: string;
  alter: (facts: MailFacts) => MailFacts;
}

const unnamed = (p: Party): Party => ({ ...p, name: "" });

function lines(text: string, from: number, to: number): string {
  const all = text.split("\n");
  return all.slice(Math.floor(all.length * from), Math.ceil(all.length * to)).join("\n");
}

export const ABLATIONS: Ablation[] = [
  { name: "no-subject", alter: (f) => ({ ...f, subject: "" }) },
  {
    name: "no-names",
    alter: (f) => ({
      ...f,
      from: f.from ? unnamed(f.from) : null,
      replyTo: f.replyTo.map(unnamed),
      to: f.to.map(unnamed),
      cc: f.cc.map(unnamed),
    }),
  },
  {
    // An applicant-tracking relay sends for the company: its domain says nothing about the employer.
    name: "relay-sender",
    alter: (f) => ({
      ...f,
      from: f.from ? { name: f.from.name, address: "no-reply@relay.example-ats.com" } : null,
      replyTo: [],
    }),
  },
  { name: "body-top", alter: (f) => ({ ...f, body: lines(f.body, 0, 0.45) }) },
  { name: "body-bottom", alter: (f) => ({ ...f, body: lines(f.body, 0.35, 1) }) },
  { name: "no-calendar-or-files", alter: (f) => ({ ...f, calendar: null, attachments: [] }) },
  {
    // The sender's zone is unknown and the owner lives elsewhere: times the text does not pin to a
    // zone come out wrong, the way they do when a forward loses the original Date header.
    name: "zone-lost",
    alter: (f) => ({ ...f, zone: null, ownerTimezone: "Pacific/Honolulu" }),
  },
  {
    // The older messages of a thread were not told apart from the newest one: their dates,
    // names and cues compete with the newest message's.
    name: "thread-unsplit",
    alter: (f) => ({ ...f, body: `${f.body}\n\n${f.quoted}`, quoted: "" }),
  },
];
