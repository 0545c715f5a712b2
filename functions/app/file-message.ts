// Filing employer mail under a process (an employer plus a role, domain/process.ts): the inbound
// use case routes each message; when the role cannot tell which process it is about, the
// acknowledgement asks, and the owner's pick (a signed "file" link) files it here. Idempotent per
// message key: a message already on a process's timeline is never applied to a second one.
import type { EmployerRecord } from "../domain/employer";
import { InvalidRequestError } from "../domain/errors";
import { CONFIDENCE_THRESHOLD, type Extraction } from "../domain/extraction";
import { applyMessage, type MessageFacts } from "../domain/lifecycle";
import { isEmployerDomain, mailDomain } from "../domain/message-employer";
import {
  employerKeyOf,
  type NewProcess,
  newProcess,
  processIdFor,
  processLabel,
  type Route,
  routeMessage,
} from "../domain/process";
import type { Deps } from "./deps";
import { sendToOwnerOnce } from "./owner-mail";
import { reconcile } from "./reconcile";
import { updateEmployer } from "./save-employer";

export type Filed = {
  employer: EmployerRecord | null;
  asked: Extract<Route, { type: "ask" }> | null;
  /** The other processes the routing read, to label the filed one without reading them again. */
  others: EmployerRecord[];
};

/** The role a message may be routed by: only one read surely (an unsure role is asked about). */
function routingRole(x: Extraction): string | null {
  return x.role && (x.confidence.role ?? 1) >= CONFIDENCE_THRESHOLD ? x.role : null;
}

/**
 * Applies employer mail to the process it is about, found afresh on every attempt (a copy of this
 * message racing this one may have created the process since). `asked` when the owner must pick.
 * `startsNothing`: the message may only add to a process that exists (the owner's own replayed mail).
 */
export async function fileEmployerMail(
  deps: Pick<Deps, "state">,
  employerName: string,
  facts: MessageFacts,
  options: { startsNothing?: boolean } = {},
): Promise<Filed> {
  const x = facts.extraction;
  let route: Route | null = null;
  let read: EmployerRecord[] = [];
  const about = { key: facts.key, employer: employerName, role: routingRole(x), contactEmail: x.contactEmail };
  const employer = await updateEmployer(
    deps,
    async () => {
      read = await deps.state.listEmployers();
      route = routeMessage(read, about);
      if (route.type === "ask") return null;
      return route.type === "new" ? route.process.id : route.id;
    },
    (current) => {
      const chosen = route as Route | null;
      if (!chosen || chosen.type === "ask") return null;
      const create = chosen.type === "new" && !options.startsNothing;
      const base = current ?? (create ? newProcess(chosen.process, facts.receivedAt) : null);
      return base ? applyWithDomain(base, facts) : null;
    },
  );
  const last = route as Route | null;
  const others = read.filter((r) => r.id !== employer?.id);
  return { employer, asked: last?.type === "ask" ? last : null, others };
}

function applyWithDomain(current: EmployerRecord, facts: MessageFacts): EmployerRecord {
  const next = applyMessage(current, facts, facts.receivedAt);
  if (next === current) return current;
  const domain = mailDomain(facts.extraction.contactEmail);
  if (isEmployerDomain(domain) && !next.domains.includes(domain))
    return { ...next, domains: [...next.domains, domain] };
  return next;
}

/**
 * The owner picked the process a message is about: `target` itself, or (`newRole`) a new process
 * for that role at `target`'s employer. The message is read again from the raw store.
 */
export async function fileMessageUnder(
  deps: Deps,
  target: EmployerRecord,
  messageKey: string,
  newRole: string | null,
  now: string,
): Promise<{ done: string; employerId: string }> {
  const message = await deps.state.getMessage(messageKey);
  if (!message) throw new InvalidRequestError("that message is no longer kept");
  const records = await deps.state.listEmployers();
  const holder = records.find((r) => r.timeline.some((e) => e.messageKey === messageKey));
  if (holder) {
    const label = processLabel(holder, records);
    return { done: `That message is already filed under ${label}.`, employerId: holder.id };
  }
  // The message reader (MIME parser, extractors, chrono) loads with the first pick, not at the
  // actions' cold start; the inbound function has it loaded already.
  const { readEmail, readContextOf } = await import("./read-message");
  const email = await readEmail(await deps.rawMail.get(message.rawKey), readContextOf(deps));
  const facts: MessageFacts = { key: messageKey, receivedAt: message.receivedAt, extraction: email.extraction };
  const created: NewProcess | null = newRole
    ? {
        id: processIdFor(employerKeyOf(target), newRole, records),
        employerKey: employerKeyOf(target),
        name: target.name,
        role: newRole,
      }
    : null;
  const saved = await updateEmployer(deps, created?.id ?? target.id, (current) => {
    const base = current ?? (created ? newProcess(created, now) : null);
    if (!base) throw new InvalidRequestError(`no process ${target.id} (merged or removed?)`);
    return applyWithDomain(base, facts);
  });
  if (!saved) throw new InvalidRequestError(`no process ${target.id}`);
  await deps.state.recordMessage({ ...message, employerId: saved.id });
  const label = processLabel(saved, [...records.filter((r) => r.id !== saved.id), saved]);
  await acknowledgeFiled(deps, { ...saved, name: label }, facts, now);
  return { done: `Filed the message under ${label}.`, employerId: saved.id };
}

/**
 * Once filed, the message gets the acknowledgement it could not have before: what it changed for
 * that process, what is planned, and the questions about any fact it was unsure of, with their
 * links. Sent once per message (and even with acks off when there is a question to answer).
 */
async function acknowledgeFiled(deps: Deps, shown: EmployerRecord, facts: MessageFacts, now: string): Promise<void> {
  const unsure = shown.unsure?.some((f) => f.messageKey === facts.key) ?? false;
  if (!deps.owner.ack && !unsure) return;
  const planned = await reconcile(deps);
  await sendToOwnerOnce(deps, `ack.${facts.key}.filed`, shown.name, async () =>
    (await import("../domain/compose/ack")).composeAck({
      extraction: facts.extraction,
      employer: shown,
      planned: planned.filter((n) => n.employerId === shown.id),
      owner: deps.owner,
      now,
      links: deps.links.sign,
      messageKey: facts.key,
    }),
  );
}
