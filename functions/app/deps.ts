// The one typed bag of ports every use case receives. Built by the composition roots in
// functions/wiring/ (aws/ per Lambda, local.ts, simulate.ts); tests build it from doubles under tests/.

import type { OwnerSettings } from "../domain/owner";
import type { Clock, FactReader, LinkSigner, Logger, Mailer, NudgeScheduler, RawMailStore, StateStore } from "./ports";

export interface Deps {
  owner: OwnerSettings;
  /** The private inbox address mail is forwarded to. */
  inboxAddress: string;
  /** From address of every email jobnudge sends the owner. */
  senderAddress: string;
  rawMail: RawMailStore;
  state: StateStore;
  scheduler: NudgeScheduler;
  mailer: Mailer;
  clock: Clock;
  /** Signed one-click links (actions endpoint): `sign` for emails, `verify` for clicks. */
  links: LinkSigner;
  log: Logger;
  /**
   * The invocation doing the work: the owner of the claims it takes. On AWS, Lambda's request id,
   * which Lambda keeps for its retries of one event (so a retry resumes its own claims); locally, a
   * token derived from the event (the raw message key, the schedule name).
   */
  invocationId: string;
  /**
   * The optional model tier for facts the rules were unsure of (inbound only). Absent, or the null
   * reader, when the owner has not turned it on: then no request is ever made.
   */
  factReader?: FactReader;
}
