// Sends one composed email to the owner: render (escape + fill precompiled MJML), then the mailer.

import { renderEmail } from "../../templates/render";
import type { EmailView } from "../domain/email-view";
import type { Deps } from "./deps";

export async function sendToOwner(
  deps: Pick<Deps, "owner" | "senderAddress" | "mailer">,
  view: EmailView,
  employer: string | null,
) {
  const rendered = renderEmail(view);
  return deps.mailer.send({
    to: deps.owner.email,
    from: deps.senderAddress,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    attachments: rendered.attachments,
    kind: view.kind,
    about: { employer, drafts: view.drafts.map((d) => ({ kind: d.kind, to: d.to, subject: d.subject })) },
  });
}

/**
 * At most once per `claimKey`: claim, send, and release the claim if sending failed so that a
 * retry (AWS delivers at least once) can try again. Returns false when already sent.
 */
export async function sendToOwnerOnce(
  deps: Pick<Deps, "owner" | "senderAddress" | "mailer" | "state" | "clock">,
  claimKey: string,
  employer: string | null,
  view: () => EmailView,
): Promise<boolean> {
  if (!(await deps.state.claim(claimKey, deps.clock.now().toISOString()))) return false;
  try {
    await sendToOwner(deps, view(), employer);
    return true;
  } catch (err) {
    await deps.state.release(claimKey);
    throw err;
  }
}
