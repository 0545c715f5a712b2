import { JobnudgeError } from "../domain/errors";

export class RawMailNotFoundError extends JobnudgeError {
  constructor(key: string, options?: { cause?: unknown }) {
    super(`raw message ${key} not found`, options);
  }
}
