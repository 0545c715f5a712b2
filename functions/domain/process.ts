// A process is an employer plus a role: "Data Engineer" and "ML Engineer" at Acme are two
// processes, each its own record (stage, dates, nudges, drafts). Records of one employer share an
// `employerKey`. The employer's first process keeps the id it always had (the employer's slug,
// "acme"), so records written before roles existed stay where they are; a second role gets
// "acme/ml-engineer". Which process a message joins (routeMessage) is decided conservatively: when
// the role cannot tell, the owner is asked.
import { type EmployerRecord, employerIdFor, newEmployer } from "./employer";
import { employerForMessage } from "./message-employer";
import { compareRoles, roleSlug } from "./roles";
import { OPEN_STAGES } from "./vocabularies";

/** Between the employer's name and the role, in record ids ("acme/ml-engineer") and in labels. */
export const PROCESS_SEPARATOR = "/";
/** How a label writes it between employer and role: "Acme / ML Engineer". */
export const LABEL_SEPARATOR = ` ${PROCESS_SEPARATOR} `;

/** The employer a record is a process of (records written before roles: their own id). */
export function employerKeyOf(record: EmployerRecord): string {
  return record.employerKey ?? record.id;
}

/** Every process of `record`'s employer, `record` included, in the order given. */
function processesOf(records: EmployerRecord[], record: EmployerRecord): EmployerRecord[] {
  const key = employerKeyOf(record);
  const group = records.filter((r) => employerKeyOf(r) === key);
  return group.some((r) => r.id === record.id) ? group : [...group, record];
}

/**
 * How the owner names a process: the employer's name while it is the employer's only process,
 * "Acme / ML Engineer" once there are several.
 */
export function processLabel(record: EmployerRecord, records: EmployerRecord[]): string {
  if (processesOf(records, record).length < 2) return record.name;
  return `${record.name}${LABEL_SEPARATOR}${record.role?.replace(/\s+/g, " ").trim() || "role unknown"}`;
}

/**
 * The records as the owner addresses them (commands, status, digest, export): each `name` is its
 * process label. For views and command parsing only; never saved, never shown to an employer.
 */
export function labelProcesses(records: EmployerRecord[]): EmployerRecord[] {
  return records.map((r) => {
    const label = processLabel(r, records);
    return label === r.name ? r : { ...r, name: label };
  });
}

/** A record id for a new role at the employer `employerKey`, unused among `records`. */
export function processIdFor(employerKey: string, role: string, records: EmployerRecord[]): string {
  const taken = new Set(records.map((r) => r.id));
  const base = `${employerKey}${PROCESS_SEPARATOR}${roleSlug(role)}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A new process record. */
export function newProcess(
  target: { id: string; employerKey: string; name: string; role: string | null },
  now: string,
): EmployerRecord {
  return { ...newEmployer(target.name, now), id: target.id, employerKey: target.employerKey, role: target.role };
}

export interface MessageAbout {
  /** Processing key: a message already filed under a process stays there. */
  key: string;
  employer: string;
  /** The role the message names when it was read surely enough to route by; else null. */
  role: string | null;
  contactEmail: string | null;
}

/** A process to create for the message. */
export interface NewProcess {
  id: string;
  employerKey: string;
  name: string;
  role: string | null;
}

export type Route =
  | { type: "process"; id: string }
  | { type: "new"; process: NewProcess }
  /** Cannot tell: ask the owner to pick one of `candidates`, or (`newRole`) a new process for that role. */
  | { type: "ask"; candidates: EmployerRecord[]; newRole: NewProcess | null };

/**
 * Which process a message is about:
 * - one it was already filed under (a re-delivery, or after the owner picked);
 * - an unknown employer: its first process, keyed by the employer's slug;
 * - with a role: the process of the same role; a new process when it differs from every role;
 *   the owner is asked when a role is only perhaps the same ("Senior Data Engineer" vs "Data
 *   Engineer"). An employer's only process that has no role yet takes the message (and the role);
 * - without a role: the only open process (or the only process); else the owner is asked.
 */
export function routeMessage(records: EmployerRecord[], msg: MessageAbout): Route {
  const filed = records.find((r) => r.timeline.some((e) => e.messageKey === msg.key));
  if (filed) return { type: "process", id: filed.id };
  const known = employerForMessage(records, msg.employer, msg.contactEmail);
  if (!known) {
    const id = employerIdFor(msg.employer);
    return { type: "new", process: { id, employerKey: id, name: msg.employer, role: msg.role } };
  }
  const group = processesOf(records, known);
  const open = group.filter((r) => OPEN_STAGES.includes(r.stage));
  const only = group.length === 1 ? group[0] : undefined;
  if (!msg.role) {
    const candidates = open.length > 0 ? open : group;
    const [one] = candidates;
    return candidates.length === 1 && one ? { type: "process", id: one.id } : ask(candidates, null);
  }
  if (only && !only.role) return { type: "process", id: only.id };
  const newRole: NewProcess = {
    id: processIdFor(employerKeyOf(known), msg.role, records),
    employerKey: employerKeyOf(known),
    name: known.name,
    role: msg.role,
  };
  const verdicts = group.map((r) => ({ r, match: r.role ? compareRoles(msg.role ?? "", r.role) : "unsure" }));
  const same = verdicts.filter((v) => v.match === "same").map((v) => v.r);
  const pick = same.find((r) => OPEN_STAGES.includes(r.stage)) ?? same[0];
  if (pick) return { type: "process", id: pick.id };
  const unsure = verdicts.filter((v) => v.match === "unsure").map((v) => v.r);
  if (unsure.length === 0) return { type: "new", process: newRole };
  return ask(unsure, newRole);
}

function ask(candidates: EmployerRecord[], newRole: NewProcess | null): Route {
  return { type: "ask", candidates, newRole };
}

/** Records written before processes existed lack `employerKey`; the migration adds it. */
export function needsProcessMigration(record: EmployerRecord): boolean {
  return record.employerKey === undefined;
}

/** The record with the fields processes need (nothing else changes; the id stays). */
export function migrateToProcess(record: EmployerRecord): EmployerRecord {
  return needsProcessMigration(record) ? { ...record, employerKey: record.id } : record;
}
