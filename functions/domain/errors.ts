// Domain error hierarchy (the app adds its own in app/ports.ts). Adapters translate SDK errors into
// these; handlers map them to outcomes.

export class JobnudgeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** A configuration value is missing or invalid. Fails at start, never later. */
export class ConfigError extends JobnudgeError {}

/** A command or action the owner asked for cannot be applied (unknown employer, bad date...). */
export class InvalidRequestError extends JobnudgeError {}
