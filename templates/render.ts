// Runtime entry point: EmailView -> subject, HTML and plain-text parts, attachments. Fills HTML
// precompiled by templates/build.ts; bundles into Lambdas without mjml.
import type { EmailView, RenderedEmail } from "../functions/domain/email-view";
import { checkView } from "./checked-view";
import { renderHtml } from "./html-part";
import { renderText } from "./text-part";

export { MissingTemplateValueError, UnsafeLinkError } from "./errors";

/**
 * Throws MissingTemplateValueError when a value the email shows is missing or blank, and
 * UnsafeLinkError when a link is not an absolute http:, https: or mailto: URL.
 */
export function renderEmail(view: EmailView): RenderedEmail {
  const checked = checkView(view);
  return {
    subject: checked.subject,
    html: renderHtml(checked),
    text: renderText(checked),
    attachments: checked.attachments,
  };
}
