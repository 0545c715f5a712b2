// Domain error hierarchy. Adapters translate SDK errors into these; handlers map them to outcomes.

export class JobnudgeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** Input we cannot read (not MIME, empty, oversized...). The raw message is kept; the owner is told. */
export class UnreadableMessageError extends JobnudgeError {}

/** Input that is too large to parse safely. */
export class MessageTooLargeError extends UnreadableMessageError {}

/** A configuration value is missing or invalid. Fails at start, never later. */
export class ConfigError extends JobnudgeError {}

/** An optimistic-lock write lost a race; the caller re-reads and retries. */
export class ConcurrentUpdateError extends JobnudgeError {}

/** A command or action the owner asked for cannot be applied (unknown employer, bad date...). */
export class InvalidRequestError extends JobnudgeError {}
