// The one typed bag of ports every use case receives. Built by functions/app/wiring.ts for AWS and by
// functions/local/ for the local stack and `simulate`; tests build it from doubles under tests/.
import type { Clock, LinkMaker, Logger, Mailer, NudgeScheduler, RawMailStore, StateStore } from "../adapters/ports";
import type { OwnerSettings } from "../domain/owner";

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
  /** Signed one-click links (actions endpoint). */
  links: LinkMaker;
  log: Logger;
}
