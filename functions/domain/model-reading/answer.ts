// The optional model tier, what comes back: the answer checked field by field (zod) and applied to
// the rules' reading. It only fills a field the rules left empty or confirms one they read, never
// replaces a value; a name, address or date it fills in must be written in the text it was sent,
// and its confidence is capped. Pure.
import * as z from "zod/mini";
import type { EmailView } from "../email-view";
import { type Extraction, FACT_FIELDS, type FactField } from "../extraction";
import { isRobotAddress } from "../senders";
import { isDeadlineValue, isIsoInstant } from "../time";
import { MESSAGE_KINDS, type MessageKind } from "../vocabularies";
import { MODEL_CONFIDENCE_CAP, MODEL_MIN_CONFIDENCE } from "./request";
import { foldText, writtenIn } from "./written-in";

/** A missing field, "", "null", "none", "n/a" and the like mean "not stated". */
const stated = (v: unknown) =>
  v === undefined || (typeof v === "string" && /^\s*(?:|null|none|n\/a|unknown|not stated)\s*$/i.test(v)) ? null : v;
const text = (max: number) =>
  z.pipe(z.transform(stated), z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(max))));
const deadline = z.pipe(
  z.transform(stated),
  z.nullable(z.string().check(z.trim(), z.refine(isDeadlineValue, "not YYYY-MM-DD or ISO with offset"))),
);

/** The rule of each field of the answer: the same values the rules' extraction may hold. */
const FIELD_RULES = {
  kind: z.enum(MESSAGE_KINDS),
  employer: text(80),
  role: text(120),
  interviewAt: z.pipe(
    z.transform(stated),
    z.nullable(z.string().check(z.trim(), z.refine(isIsoInstant, "not ISO with offset"))),
  ),
  respondBy: deadline,
  expectDecisionBy: deadline,
  contactEmail: z.pipe(z.transform(stated), z.nullable(z.pipe(z.string().check(z.trim(), z.toLowerCase()), z.email()))),
} satisfies Record<FactField, z.ZodMiniType>;

const ConfidenceRule = z.number().check(z.minimum(0), z.maximum(1));

export interface ModelAnswer {
  values: Partial<Record<FactField, string>>;
  confidence: Partial<Record<FactField, number>>;
  /** Fields whose value broke its rule (dropped, with why). */
  invalid: { field: FactField; reason: string }[];
}

/** Checks an answer field by field; null when it is not an answer at all (not an object). */
export function parseModelAnswer(answer: unknown): ModelAnswer | null {
  if (typeof answer !== "object" || answer === null || Array.isArray(answer)) return null;
  const raw = answer as Record<string, unknown>;
  const rawConfidence = typeof raw.confidence === "object" && raw.confidence !== null ? raw.confidence : {};
  const result: ModelAnswer = { values: {}, confidence: {}, invalid: [] };
  for (const field of FACT_FIELDS) {
    const parsed = FIELD_RULES[field].safeParse(raw[field]);
    if (!parsed.success) {
      result.invalid.push({ field, reason: parsed.error.issues[0]?.message ?? "invalid" });
      continue;
    }
    if (parsed.data === null) continue;
    result.values[field] = parsed.data;
    const confidence = ConfidenceRule.safeParse((rawConfidence as Record<string, unknown>)[field]);
    result.confidence[field] = confidence.success ? confidence.data : 0;
  }
  return result;
}

export interface ModelMerge {
  extraction: Extraction;
  /** Fields whose value or confidence now comes from the model (the ack says so). */
  readByModel: FactField[];
  /** Model values not used, and why (for the log; never the values). */
  unused: { field: FactField; reason: string }[];
}

/**
 * The rules' reading with the model's answer applied to the `asked` facts (those below the gate)
 * and the fields the rules left empty, nothing else: an empty field (or a kind the rules could only
 * call "other") is filled, a value they read is confirmed (its confidence raised), and a different
 * value is not used. A name, address or date it fills in must be written in `sentText`, the text
 * the model was given. A fact the rules were sure of is never touched.
 */
export function mergeModelAnswer(
  x: Extraction,
  answer: ModelAnswer,
  asked: FactField[],
  sentText: string,
  ownerAddresses: readonly string[] = [],
): ModelMerge {
  const merged: Extraction = { ...x, confidence: { ...x.confidence } };
  const readByModel: FactField[] = [];
  const unused: ModelMerge["unused"] = [...answer.invalid];
  const open = FACT_FIELDS.filter((f) => asked.includes(f) || (f !== "kind" && x[f] === null));
  for (const field of open) {
    const value = answer.values[field];
    if (value === undefined) continue;
    const confidence = Math.min(answer.confidence[field] ?? 0, MODEL_CONFIDENCE_CAP);
    if (confidence < MODEL_MIN_CONFIDENCE) {
      unused.push({ field, reason: "model unsure" });
      continue;
    }
    const current = field === "kind" ? (x.kind === "other" ? null : x.kind) : x[field];
    // A value of its own must be written in the message; a confirmed one is the rules' reading.
    if (current === null && !writtenIn(field, value, sentText)) {
      unused.push({ field, reason: "not written in the message" });
      continue;
    }
    // As the rules' contact: a person to reply to, never a robot and never the owner.
    if (field === "contactEmail" && (isRobotAddress(value) || ownerAddresses.includes(value))) {
      unused.push({ field, reason: "not a contact" });
      continue;
    }
    if (current !== null && !sameValue(field, current, value)) {
      unused.push({ field, reason: "differs from the rules" });
      continue;
    }
    const before = x.confidence[field] ?? 0;
    if (current !== null && confidence <= before) continue;
    if (field === "kind") merged.kind = value as MessageKind;
    else merged[field] = current ?? value;
    merged.confidence[field] = current === null ? confidence : Math.max(before, confidence);
    readByModel.push(field);
  }
  return { extraction: merged, readByModel, unused };
}

function sameValue(field: FactField, a: string, b: string): boolean {
  if (field === "interviewAt" || field === "respondBy" || field === "expectDecisionBy") {
    if (isIsoInstant(a) && isIsoInstant(b)) return Date.parse(a) === Date.parse(b);
    return a === b;
  }
  return foldText(a) === foldText(b);
}

// --- The acknowledgement ---------------------------------------------------------------------

const FIELD_WORDS: Record<FactField, string> = {
  kind: "what kind of mail it is",
  employer: "the employer",
  role: "the role",
  interviewAt: "the interview time",
  respondBy: "the answer deadline",
  expectDecisionBy: "the date they promised news by",
  contactEmail: "the contact",
};

/** The ack names what the model read ("Read by the model: ..."), under "What I understood". */
export function withModelSource(view: EmailView, readByModel: FactField[]): EmailView {
  if (readByModel.length === 0 || view.sections.length === 0) return view;
  const line = `Read by the model (the rules were unsure): ${readByModel.map((f) => FIELD_WORDS[f]).join(", ")}.`;
  const [first, ...rest] = view.sections;
  if (!first) return view;
  return { ...view, sections: [{ ...first, items: [...first.items, line] }, ...rest] };
}
