// What the extractors saw for each fact they report: named numeric features (how many independent
// signals agree, how strong the runner-up was, where the value came from). Confidence is computed
// from these by the calibrated model (calibration.ts); calibrate.ts fits it on labelled mail.
import { FACT_FIELDS, type FactField } from "../extraction";

export const CALIBRATED_FIELDS = FACT_FIELDS;
export type CalibratedField = FactField;

/** Feature name -> value; a feature that is absent counts as 0. */
export type Features = Record<string, number>;
export type FieldEvidence = Partial<Record<CalibratedField, Features>>;

/** Scores enter the model on a log scale (a 12-point win is not six times surer than a 2-point one). */
export function logFeature(value: number): number {
  return Math.round(Math.log1p(Math.max(0, value)) * 1000) / 1000;
}
