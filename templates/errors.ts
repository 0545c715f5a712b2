// Errors raised by the template build (bad MJML source) and by rendering (bad view value).

/** A template source failed to compose or compile; `file` names the source to fix. */
export class TemplateBuildError extends Error {
  override name = "TemplateBuildError";
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${message}`, options);
  }
}

/** A value the template needs is missing, blank or not a string. */
export class MissingTemplateValueError extends Error {
  override name = "MissingTemplateValueError";
  constructor(
    readonly template: string,
    readonly field: string,
  ) {
    super(`template ${template}: missing value for ${field}`);
  }
}

/** A link whose scheme is not http:, https: or mailto:, or that is not an absolute URL. */
export class UnsafeLinkError extends Error {
  override name = "UnsafeLinkError";
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`unsafe link in ${field}: ${reason}`);
  }
}
