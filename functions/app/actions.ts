// A click on a signed link. GET only shows a confirmation page (mail scanners prefetch links); POST
// verifies, claims the token once, applies, reconciles and shows the result. Any bad token or refused
// action is a 4xx page that says nothing changed: never a 5xx, never a state change.

import { confirmationPage, errorPage, resultPage } from "../../templates/pages";
import { acceptOffer } from "../domain/acceptance";
import { matchEmployer } from "../domain/commands/employer-match";
import { oneLine } from "../domain/compose/plain-words";
import { nextNudgeWords } from "../domain/compose/process-table";
import type { EmployerRecord } from "../domain/employer";
import { InvalidRequestError } from "../domain/errors";
import {
  changesState,
  confirmationWords,
  isLinkAction,
  type LinkAction,
  linkLabel,
  SNOOZE_LINK_DAYS,
} from "../domain/link-actions";
import { processLabel } from "../domain/process";
import { preferEmployer } from "../domain/ranking";
import { DAY_MS } from "../domain/time";
import { possessive } from "../domain/wording";
import { answerOf, applyAnswer, describeValue } from "./answers";
import type { Deps } from "./deps";
import { fileMessageUnder } from "./file-message";
import { applyToAll, applyToEmployer, mergeInto } from "./owner-changes";
import { CLAIM_LEASE_SECONDS } from "./owner-mail";
import type { LinkPayload } from "./ports";
import { reconcile } from "./reconcile";

export interface ActionRequest {
  method: string;
  /** Request path, "/a/<token>"; or the token itself in `token`. */
  path?: string;
  token?: string;
  /** Decoded application/x-www-form-urlencoded body of a POST. */
  form?: Record<string, string>;
}

export interface ActionPage {
  status: number;
  html: string;
}

const TOKEN_PATH = /^\/a\/([A-Za-z0-9_.-]{1,2048})\/?$/;
const MAX_NAME = 80;
const MAX_VIEW_CHARS = 20_000;

const REFUSALS = {
  malformed: {
    status: 400,
    title: "This link is broken",
    message: "The link is incomplete or damaged. Copy the whole link from the email.",
  },
  bad_signature: {
    status: 403,
    title: "This link is not valid",
    message: "The link was not made by your jobnudge, or it was changed.",
  },
  unknown_key: {
    status: 403,
    title: "This link is no longer valid",
    message: "The link was signed with a key that has since been retired.",
  },
  expired: {
    status: 410,
    title: "This link has expired",
    message: "Links stay valid for a limited time. Use the newest email, or send a command.",
  },
} as const;

function refuse(status: number, title: string, message: string): ActionPage {
  return { status, html: errorPage(title, message) };
}

function tokenOf(request: ActionRequest): string | null {
  if (request.token !== undefined) return request.token;
  return TOKEN_PATH.exec(request.path ?? "")?.[1] ?? null;
}

export async function handleAction(deps: Deps, request: ActionRequest): Promise<ActionPage> {
  const method = request.method.toUpperCase();
  if (method === "HEAD") return { status: 200, html: "" }; // scanners: no side effects, no body
  if (method !== "GET" && method !== "POST") return refuse(405, "Not allowed", "Open the link in a browser.");
  const token = tokenOf(request);
  if (token === null) return refuse(404, "Page not found", "There is nothing here.");

  const nowMs = deps.clock.now().getTime();
  const verdict = deps.links.verify(token, Math.floor(nowMs / 1000));
  if (!verdict.ok) {
    deps.log.warn("refused action link", { reason: verdict.reason });
    const r = REFUSALS[verdict.reason];
    return refuse(r.status, r.title, r.message);
  }
  const { payload } = verdict;
  const action = payload.action;
  if (!isLinkAction(action)) return refuse(400, "Unknown action", "This link asks for something jobnudge does not do.");
  if (action === "snooze" && !(SNOOZE_LINK_DAYS as readonly string[]).includes(payload.extra?.days ?? "")) {
    return refuse(400, "This link is broken", "The snooze length is not one jobnudge offers.");
  }

  const employer = payload.employerId ? await deps.state.getEmployer(payload.employerId) : null;
  if (action !== "view" && !employer) {
    return refuse(
      404,
      "Employer not found",
      "This employer no longer exists here (perhaps it was merged into another).",
    );
  }
  const name = employer ? processLabel(employer, await deps.state.listEmployers()) : null;

  if (method === "GET") {
    const words = confirmationWords(action, name, payload.extra, (field, value) => describeValue(field, value, deps));
    return {
      status: 200,
      html: confirmationPage({
        title: linkLabel(action, name, payload.extra),
        question: words.question,
        button: words.button,
        ...(action === "not_employer" ? { fields: [{ name: "name", label: "The employer's name" }] } : {}),
        ...(action === "change"
          ? { fields: [{ name: "date", label: "Date, and time if there is one (fri 13 mar 5pm)" }] }
          : {}),
        note: "Nothing changes until you press the button.",
      }),
    };
  }

  if (action === "view") return viewOriginal(deps, payload);
  if (!employer) return refuse(404, "Employer not found", "This employer no longer exists here.");
  // Named as the owner knows the process ("Acme / ML Engineer" when Acme has several); the id decides.
  const shown = { ...employer, name: name ?? employer.name };
  const newName = oneLine(request.form?.name ?? "", MAX_NAME + 1);
  if (action === "not_employer" && (!newName || newName.length > MAX_NAME)) {
    return refuse(400, "A name is needed", `Go back and type the employer's name (1 to ${MAX_NAME} characters).`);
  }
  const answer = answerOf(action, payload, request.form, deps, nowMs);
  if (answer && "refused" in answer) return refuse(400, answer.refused.title, answer.refused.message);

  // Single use: the token's claim is completed once the action is applied, and stays done. A
  // claim left by a request that died midway lapses after its lease, so the link works again.
  const claimKey = `token:${payload.jti}`;
  const now = new Date(nowMs).toISOString();
  const claims = changesState(action);
  if (claims && (await deps.state.claim(claimKey, deps.invocationId, now, CLAIM_LEASE_SECONDS)) !== "claimed") {
    return refuse(409, "This link was already used", 'Each link works once. Send "status" to see where things stand.');
  }
  let done: string;
  let employerId = payload.employerId;
  try {
    ({ done, employerId } = answer
      ? await applyAnswer(deps, shown, answer.action, now)
      : await applyLinkAction(deps, action as PlainLinkAction, shown, payload, newName, now));
  } catch (err) {
    if (claims) await deps.state.release(claimKey, deps.invocationId);
    if (!(err instanceof InvalidRequestError)) throw err;
    return refuse(409, "Nothing changed", err.message);
  }
  if (claims) await deps.state.complete(claimKey, now);
  const planned = await reconcile(deps);
  deps.log.info("action applied", { action, employerId });
  return {
    status: 200,
    html: resultPage({
      title: "Done",
      message: done,
      details: employerId ? [`Next nudge: ${nextNudgeWords(employerId, planned, deps.owner, now)}`] : [],
    }),
  };
}

type PlainLinkAction = Exclude<LinkAction, "view" | "confirm" | "change" | "reclassify">;

async function applyLinkAction(
  deps: Deps,
  action: PlainLinkAction,
  employer: EmployerRecord,
  payload: LinkPayload,
  newName: string,
  now: string,
): Promise<{ done: string; employerId: string | null }> {
  const id = employer.id;
  switch (action) {
    case "accept":
      await applyToAll(deps, (records) => acceptOffer(records, id, now));
      return { done: doneWords(action, employer.name), employerId: id };
    case "sent":
      // With their request pending, the lifecycle records this mail as the answer to it, whichever
      // link was used.
      await applyToEmployer(deps, id, { type: action }, now);
      return {
        done: employer.ownerMove
          ? `Recorded: you answered ${possessive(employer.name)} request (${employer.ownerMove.move}). jobnudge now waits for their news.`
          : doneWords(action, employer.name),
        employerId: id,
      };
    case "decline":
    case "withdraw":
    case "stop":
    case "not_offer":
      await applyToEmployer(deps, id, { type: action }, now);
      return { done: doneWords(action, employer.name), employerId: id };
    case "snooze": {
      const days = Number(payload.extra?.days);
      await applyToEmployer(
        deps,
        id,
        { type: "snooze", until: new Date(Date.parse(now) + days * DAY_MS).toISOString() },
        now,
      );
      return {
        done: `Nudges about ${employer.name} are paused for ${days === 7 ? "1 week" : `${days} days`}.`,
        employerId: id,
      };
    }
    case "prefer":
      await applyToAll(deps, (records) => preferEmployer(records, id, now));
      return { done: `${employer.name} is now your top choice.`, employerId: id };
    case "file": {
      const message = payload.extra?.message;
      if (!message) throw new InvalidRequestError("the link does not say which message");
      return fileMessageUnder(deps, employer, message, payload.extra?.role ?? null, now);
    }
    case "not_employer": {
      // The right employer may already have a record: then this one is the same process, merge it.
      const others = (await deps.state.listEmployers()).filter((e) => e.id !== id);
      const existing = matchEmployer(newName, others);
      if (existing.ok && existing.employer.name.toLowerCase() === newName.toLowerCase()) {
        await mergeInto(deps, id, existing.employer.id, now);
        return {
          done: `Moved ${possessive(employer.name)} record into ${existing.employer.name}.`,
          employerId: existing.employer.id,
        };
      }
      await applyToEmployer(deps, id, { type: "rename", name: newName }, now);
      return { done: `Renamed ${employer.name} to ${newName}.`, employerId: id };
    }
  }
}

function doneWords(action: "accept" | "decline" | "withdraw" | "sent" | "stop" | "not_offer", name: string): string {
  switch (action) {
    case "accept":
      return `Recorded: you accepted ${possessive(name)} offer. Withdrawal drafts for your other processes are on their way.`;
    case "decline":
      return `Recorded: you declined ${possessive(name)} offer.`;
    case "withdraw":
      return `Recorded: you withdrew from ${possessive(name)} process.`;
    case "sent":
      return `Recorded: you sent ${name} the follow-up.`;
    case "stop":
      return `No more nudges about ${name}. Send "resume ${name}" to start them again.`;
    case "not_offer":
      return `Recorded: the message about ${name} is not an offer.`;
  }
}

async function viewOriginal(deps: Deps, payload: LinkPayload): Promise<ActionPage> {
  const key = payload.extra?.message;
  // Loaded on use: the MIME parser and what reads a message stay out of the actions function's
  // cold start (a code-split chunk on Lambda), for the one link that shows a kept message.
  const kept = key
    ? await (await import("./read-message")).readKeptMessage(deps, key)
    : ({ status: "missing" } as const);
  if (kept.status === "missing") return refuse(404, "Message not found", "The original message is no longer kept.");
  if (kept.status === "unreadable") {
    return refuse(422, "The message cannot be shown", "jobnudge could not read this message; it is kept as received.");
  }
  const { text } = kept;
  return {
    status: 200,
    html: resultPage({
      title: oneLine(kept.subject ?? "The original message", 150),
      message: `Received ${kept.receivedAt}.`,
      preformatted: text.length > MAX_VIEW_CHARS ? `${text.slice(0, MAX_VIEW_CHARS)}\n…` : text,
    }),
  };
}
