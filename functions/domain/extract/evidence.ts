// What the extractors saw for each fact they report: named numeric features (how many independent
// signals agree, how strong the runner-up was, where the value came from). Confidence is computed
// from these by the calibrated model (calibration.ts); calibrate.ts fits it on labelled mail.
import { FACT_FIELDS, type FactField } from "../extraction";
import type { MailFacts } from "../mail-facts";
import { foldText } from "../model-reading/written-in";
import { onlyAsciiLetters } from "./letter-runs";

export const CALIBRATED_FIELDS = FACT_FIELDS;
export type CalibratedField = FactField;

/** Feature name -> value; a feature that is absent counts as 0. */
export type Features = Record<string, number>;
export type FieldEvidence = Partial<Record<CalibratedField, Features>>;

/** Scores enter the model on a log scale (a 12-point win is not six times surer than a 2-point one). */
export function logFeature(value: number): number {
  return Math.round(Math.log1p(Math.max(0, value)) * 1000) / 1000;
}

/** Case, accents and punctuation folded away (`foldText`), padded with spaces so words match whole. */
function padded(text: string): string {
  return ` ${foldText(text)} `;
}

/**
 * Whether a text, folded, writes the folded words (`padded(text).includes(folded)`). On a text whose
 * letters and digits are all ASCII the fold is the lower-cased text with each run of other
 * characters one space, so the words are looked for there, apart by such runs, without folding it.
 */
function writtenIn(folded: string): (text: string | null | undefined) => boolean {
  const words = folded.trim();
  const ascii = new RegExp(`(?:^|[^a-z0-9])${words.split(" ").join("[^a-z0-9]+")}(?![a-z0-9])`);
  return (text) => {
    if (!text || words.length <= 1) return false;
    return onlyAsciiLetters(text) ? ascii.test(text.toLowerCase()) : padded(text).includes(folded);
  };
}

/**
 * Where else the message writes the title it was read as: the subject, the body (its opening lines
 * too), the calendar invite, an attached file. Titles read the same way in two independent places
 * are seldom misread; in a language the cue tables were written later for (`other_language`),
 * that agreement is what a title read right has and one cut at the wrong word lacks.
 */
export function roleAgreement(role: string, facts: MailFacts, context: Features): Features {
  const folded = padded(role);
  const opening = facts.body
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, 6)
    .join("\n");
  const invite = facts.calendar ? [facts.calendar.summary, facts.calendar.description].join("\n") : "";
  const writesIn = writtenIn(folded);
  const inSubject = writesIn(facts.subject);
  const inBody = writesIn(facts.body);
  const inCalendar = writesIn(invite);
  const inFiles = facts.attachments.some((a) => writesIn(a.textSample) || writesIn(a.filename));
  const places = [inSubject, inBody, inCalendar, inFiles].filter(Boolean).length;
  const features: Features = {
    role_in_subject: inSubject ? 1 : 0,
    role_in_body: inBody ? 1 : 0,
    role_in_opening: writesIn(opening) ? 1 : 0,
    role_in_calendar: inCalendar ? 1 : 0,
    role_in_files: inFiles ? 1 : 0,
    role_places: places,
    role_two_places: places >= 2 ? 1 : 0,
  };
  if (context.other_language && places >= 2) features.other_language_two_places = 1;
  return features;
}

/**
 * A name read off the company's own domain does not pass through the cue tables, so another
 * language says less about it than about a name read from the text: it gets a feature of its own.
 */
export function employerLanguage(features: Features): Features {
  if (!features.domain_written || !features.other_language) return features;
  const { other_language: _, ...rest } = features;
  return { ...rest, other_language_domain: 1 };
}

/** The employer's and the role's evidence with the cross-checks above (other fields as they are). */
export function withCrossChecks(
  evidence: FieldEvidence,
  values: { role: string | null },
  facts: MailFacts,
): FieldEvidence {
  const out: FieldEvidence = { ...evidence };
  if (out.employer) out.employer = employerLanguage(out.employer);
  if (out.role && values.role) out.role = { ...out.role, ...roleAgreement(values.role, facts, out.role) };
  return out;
}
