// Evidence -> confidence. One small logistic model per field, P(the value is right | features),
// fitted on the labelled development sets by scripts/calibrate.ts and shipped as data
// (calibration.json). Deterministic: the same evidence always gives the same confidence.
import model from "./calibration.json";
import { CALIBRATED_FIELDS, type CalibratedField, type Features, type FieldEvidence } from "./evidence";

export interface FieldModel {
  bias: number;
  /** Feature name -> weight; features the model does not know are ignored. */
  weights: Record<string, number>;
  /** The penalty it was fitted with (chosen by cross-validation; a refit on fewer sets reuses it). */
  lambda?: number;
  /** How much the altered readings counted in its fit (chosen by cross-validation, like the penalty). */
  ablationWeight?: number;
}

export interface CalibrationModel {
  about: string;
  fittedOn: string[];
  /** Fresh sets whose frozen first-contact readings were fitted on too. */
  firstContact?: string[];
  fields: Partial<Record<CalibratedField, FieldModel>>;
}

const SHIPPED = model as CalibrationModel;

/** Confidences are shown and compared at this precision; 1 is kept for what the owner confirmed. */
const MAX_READ_CONFIDENCE = 0.999;

export function confidenceFrom(fieldModel: FieldModel | undefined, features: Features): number {
  if (!fieldModel) return 0.5;
  let z = fieldModel.bias;
  for (const [name, value] of Object.entries(features)) z += (fieldModel.weights[name] ?? 0) * value;
  const p = 1 / (1 + Math.exp(-z));
  return Math.min(MAX_READ_CONFIDENCE, Math.round(p * 1000) / 1000);
}

/** The confidence map of an extraction: one entry per field that has evidence. */
export function calibratedConfidence(
  evidence: FieldEvidence,
  calibration: CalibrationModel = SHIPPED,
): Partial<Record<CalibratedField, number>> {
  const confidence: Partial<Record<CalibratedField, number>> = {};
  for (const field of CALIBRATED_FIELDS) {
    const features = evidence[field];
    if (features) confidence[field] = confidenceFrom(calibration.fields[field], features);
  }
  return confidence;
}
