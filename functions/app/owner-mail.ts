// Sends one composed email to the owner: render (escape + fill precompiled MJML), then the mailer.
// Each email has a key (its claim) that makes it at most once: claimed, sent, then recorded as sent.
import { createHash } from "node:crypto";
import type { EmailView } from "../domain/email-view";
import type { Deps } from "./deps";
import { ClaimHeldError } from "./ports";

/**
 * How long a claim keeps others off (seconds). Longer than any function's timeout (1 min), so an
 * expired lease means its holder is gone; short enough that Lambda's second retry (3 min after the
 * first attempt) finds it expired when the holder was another invocation that died.
 */
export const CLAIM_LEASE_SECONDS = 120;

type OwnerMailDeps = Pick<Deps, "owner" | "senderAddress" | "mailer" | "state" | "clock" | "invocationId" | "log">;

export async function sendToOwner(
  deps: Pick<Deps, "owner" | "senderAddress" | "mailer">,
  view: EmailView,
  employer: string | null,
  messageId: string | null = null,
) {
  // Loaded on first send: the compiled templates (~120 KB) stay out of the cold start of a function
  // that seldom sends (actions); the roots of those that always send load them at INIT
  // (functions/wiring/aws/templates.ts).
  const { renderEmail } = await import("../../templates/render");
  const rendered = renderEmail(view);
  return deps.mailer.send({
    to: deps.owner.email,
    from: deps.senderAddress,
    subject: rendered.subject,
    html: rendered.html,
    text: rendered.text,
    attachments: rendered.attachments,
    kind: view.kind,
    messageId,
    about: { employer, drafts: view.drafts.map((d) => ({ kind: d.kind, to: d.to, subject: d.subject })) },
  });
}

/**
 * The Message-ID of the email with this claim key: from the key, the owner and jobnudge's own
 * domain, so every copy of one email carries the same id and nothing about it can be read off.
 */
export function ownerMessageId(deps: Pick<Deps, "owner" | "senderAddress">, claimKey: string): string {
  const domain = deps.senderAddress.split("@")[1] ?? "jobnudge.invalid";
  const hash = createHash("sha256").update(`${deps.owner.email.toLowerCase()}\n${claimKey}`).digest("hex");
  return `<jn.${hash.slice(0, 32)}@${domain}>`;
}

export type OwnerMailOutcome = "sent" | "done" | "held";

/**
 * At most once per `claimKey`: claim (under a lease), send, record as sent. A send that fails
 * gives the claim back so a retry may send at once; a crash between send and record leaves this
 * invocation's claim, and Lambda's retry (same owner) sends again, with the same Message-ID (as
 * it must: nothing can tell a lost SES response from a send that never happened).
 * `held`: another invocation is sending it right now. That one is an event Lambda retries (an
 * inbound message, a fired schedule, the digest), so when it dies its retry sends it: by default
 * this one leaves it (a copy of a forward arriving twice must not fail). `ifHeld: "throw"` makes
 * it a ClaimHeldError instead, for a caller that wants its own retry to make sure.
 */
export async function sendToOwnerOnce(
  deps: OwnerMailDeps,
  claimKey: string,
  employer: string | null,
  view: () => EmailView | Promise<EmailView>,
  options: { ifHeld?: "throw" | "skip" } = {},
): Promise<OwnerMailOutcome> {
  const claim = await deps.state.claim(
    claimKey,
    deps.invocationId,
    deps.clock.now().toISOString(),
    CLAIM_LEASE_SECONDS,
  );
  if (claim === "done") return "done";
  if (claim === "held") {
    if (options.ifHeld !== "throw") return "held";
    throw new ClaimHeldError(`${claimKey} is being sent by another invocation; retry after its lease`);
  }
  try {
    await sendToOwner(deps, await view(), employer, ownerMessageId(deps, claimKey));
  } catch (err) {
    // The lease would run out anyway; giving it back lets the next attempt start at once.
    await deps.state.release(claimKey, deps.invocationId).catch((releaseErr: unknown) => {
      deps.log.warn("could not release a claim", { claimKey, error: String(releaseErr) });
    });
    throw err;
  }
  // Sent is sent: failing the invocation now would only make its retry send a second copy.
  await deps.state.complete(claimKey, deps.clock.now().toISOString()).catch((err: unknown) => {
    deps.log.warn("sent, but could not record it", { claimKey, error: String(err) });
  });
  return "sent";
}
