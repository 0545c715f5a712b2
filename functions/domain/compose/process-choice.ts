// The acknowledgement's question when the role of a message cannot tell which of an employer's
// processes it is about (domain/process.ts routeMessage): one signed "file" link per process, and
// one for a new process when the message names a role of its own. Nothing is applied until the
// owner picks; the pick files the message (app/file-message.ts).
import type { LinkView } from "../email-view";
import type { EmployerRecord } from "../employer";
import type { LinkMaker } from "../link-actions";
import { PROCESS_SEPARATOR, type Route } from "../process";
import { oneLine } from "./plain-words";

export interface ProcessChoice {
  /** The question in the "Please check" list. */
  text: string;
  /** One answer per process, then "a new role" when there is one. */
  links: LinkView[];
}

function roleWords(record: EmployerRecord): string {
  return `${record.name} ${PROCESS_SEPARATOR} ${record.role ? oneLine(record.role, 80) : "no role recorded"}`;
}

export function processChoice(
  route: Extract<Route, { type: "ask" }>,
  messageKey: string,
  links: LinkMaker,
): ProcessChoice {
  const first = route.candidates[0];
  const employer = first?.name ?? route.newRole?.name ?? "this employer";
  const answers: LinkView[] = route.candidates.map((record) => ({
    label: `It is about ${roleWords(record)}`,
    url: links("file", record.id, { message: messageKey }),
  }));
  if (route.newRole?.role && first) {
    answers.push({
      label: `It is a new role: ${oneLine(route.newRole.role, 80)}`,
      url: links("file", first.id, { message: messageKey, role: route.newRole.role }),
    });
  }
  const named = route.newRole?.role ? ` (it names the role "${oneLine(route.newRole.role, 80)}")` : "";
  return {
    text: `Which of your ${employer} processes is this about${named}? Nothing is recorded until you pick one with a link below.`,
    links: answers,
  };
}
