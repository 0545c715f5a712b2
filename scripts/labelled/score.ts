// Scoring an extraction against its label: per-field accuracy, the "facts" jobnudge acts on or
// asks about, reliability per confidence band and the gate at a threshold. Pure functions.
import { type Extraction, FACT_FIELDS, type FactField } from "../../functions/domain/extraction";
import type { Label } from "./corpus";

export const FIELDS = FACT_FIELDS;
export type Field = FactField;

const fold = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s.,]+$/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Dates with a time compare as instants; date-only values and text compare as written (case-folded). */
export function sameValue(field: Field, got: unknown, want: unknown): boolean {
  if (want === null || want === undefined) return got === null || got === undefined;
  if (typeof got !== "string" || typeof want !== "string") return false;
  if (field === "interviewAt" || field === "respondBy" || field === "expectDecisionBy") {
    const timed = (v: string) => v.includes("T");
    if (timed(want) || timed(got)) return timed(want) && timed(got) && Date.parse(want) === Date.parse(got);
    return got === want;
  }
  return fold(got) === fold(want);
}

/**
 * A fact is what jobnudge would act on or ask about: the kind of every message, and each other
 * field whose extracted value is not null. It is right when it equals the label. A field with no
 * confidence counts as sure (the lifecycle treats it so).
 */
export interface Fact {
  file: string;
  field: Field;
  value: string;
  confidence: number;
  correct: boolean;
}

export function factsOf(label: Label, x: Extraction): Fact[] {
  const facts: Fact[] = [];
  for (const field of FIELDS) {
    const value = x[field];
    if (value === null || value === undefined) continue;
    facts.push({
      file: label.file,
      field,
      value,
      confidence: x.confidence[field] ?? 1,
      correct: sameValue(field, value, label[field]),
    });
  }
  return facts;
}

export const BANDS: { name: string; from: number; to: number }[] = [
  { name: "<0.5", from: 0, to: 0.5 },
  { name: "0.5-0.7", from: 0.5, to: 0.7 },
  { name: "0.7-0.9", from: 0.7, to: 0.9 },
  { name: "0.9-0.97", from: 0.9, to: 0.97 },
  { name: ">=0.97", from: 0.97, to: Number.POSITIVE_INFINITY },
];

export interface BandRow {
  band: string;
  count: number;
  correct: number;
  /** Mean confidence of the facts in the band (what the model claimed). */
  meanConfidence: number;
}

export function reliability(facts: Fact[]): BandRow[] {
  return BANDS.map(({ name, from, to }) => {
    const inBand = facts.filter((f) => f.confidence >= from && f.confidence < to);
    const correct = inBand.filter((f) => f.correct).length;
    const mean = inBand.reduce((sum, f) => sum + f.confidence, 0) / (inBand.length || 1);
    return { band: name, count: inBand.length, correct, meanConfidence: mean };
  });
}

export interface Gate {
  threshold: number;
  facts: number;
  /** Facts at or above the threshold: acted on without asking. */
  silent: number;
  silentWrong: number;
  /** Facts below the threshold: asked about in the acknowledgement. */
  asked: number;
  askedWrong: number;
}

export function gate(facts: Fact[], threshold: number): Gate {
  const silent = facts.filter((f) => f.confidence >= threshold);
  const asked = facts.filter((f) => f.confidence < threshold);
  return {
    threshold,
    facts: facts.length,
    silent: silent.length,
    silentWrong: silent.filter((f) => !f.correct).length,
    asked: asked.length,
    askedWrong: asked.filter((f) => !f.correct).length,
  };
}

export const pct = (part: number, whole: number) => (whole ? (100 * part) / whole : 0);

export function gateLine(g: Gate): string {
  return (
    `gate at ${g.threshold}: ${g.facts} facts, ${g.silent} acted on silently, ${g.silentWrong} of them wrong ` +
    `(${pct(g.silentWrong, g.silent).toFixed(1)}%), ${g.asked} asked about (${pct(g.asked, g.facts).toFixed(1)}% of facts, ` +
    `${g.askedWrong} of them wrong)`
  );
}

// The extra labels: who the owner meets, when the interview ends, whether the owner must act.
export const EXTRA_FIELDS = ["ownerMove", "interviewers", "interviewEndAt"] as const;
export type ExtraField = (typeof EXTRA_FIELDS)[number];

/** End of the interview: its start plus its stated length, as an instant (ms), else null. */
export function interviewEndMs(x: Extraction): number | null {
  if (!x.interviewAt || !x.interviewMinutes) return null;
  const start = Date.parse(x.interviewAt);
  return Number.isFinite(start) ? start + x.interviewMinutes * 60_000 : null;
}

const nameFold = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, " ").trim();

/** Null when the label does not have the field; else whether the extraction agrees with it. */
export function scoreExtra(field: ExtraField, label: Label, x: Extraction): boolean | null {
  switch (field) {
    case "ownerMove":
      return label.ownerMove === undefined ? null : label.ownerMove === (x.ownerMove !== null);
    case "interviewers": {
      if (label.interviewers === undefined) return null;
      const want = new Set(label.interviewers.map(nameFold));
      const got = new Set(x.interviewers.map(nameFold));
      return want.size === got.size && [...want].every((n) => got.has(n));
    }
    case "interviewEndAt": {
      if (label.interviewEndAt === undefined) return null;
      const got = interviewEndMs(x);
      if (label.interviewEndAt === null) return got === null;
      return got === Date.parse(label.interviewEndAt);
    }
  }
}

export function extraGot(field: ExtraField, x: Extraction): unknown {
  if (field === "ownerMove") return x.ownerMove;
  if (field === "interviewers") return x.interviewers;
  const end = interviewEndMs(x);
  return end === null ? null : new Date(end).toISOString();
}
