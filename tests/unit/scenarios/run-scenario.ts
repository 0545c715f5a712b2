// Test-only helpers for the scenario tests: run a scenario folder through `simulate` and read its
// output as (owner-local wall time, kind, employer) rows that are easy to compare with PLAYBOOK.md.
import { join } from "node:path";
import { isoInZone } from "../../../functions/domain/time";
import {
  type FullSimulation,
  loadScenario,
  type Scenario,
  type SimulatedEmail,
  type SimulationResult,
  simulateFull,
} from "../../../functions/local/simulate";

export const SCENARIOS_DIR = join(import.meta.dirname, "../../fixtures/scenarios");

export interface ScenarioRun {
  scenario: Scenario;
  result: SimulationResult;
  /** Each email's text and HTML parts, in the order of `result.emails`. */
  bodies: FullSimulation["bodies"];
}

const runs = new Map<string, Promise<ScenarioRun>>();

/** Simulates a scenario folder once per test file (simulate is deterministic); callers must not mutate the result. */
export function runScenario(name: string): Promise<ScenarioRun> {
  let run = runs.get(name);
  if (!run) {
    run = simulateFolder(name);
    runs.set(name, run);
  }
  return run;
}

async function simulateFolder(name: string): Promise<ScenarioRun> {
  const dir = join(SCENARIOS_DIR, name);
  const scenario = await loadScenario(dir);
  return { scenario, ...(await simulateFull(dir, scenario)) };
}

/** A zone the same story is told in: its IANA name, the scenario folder, and its UTC offset in April 2026. */
export interface ZoneCase {
  zone: string;
  folder: string;
  /** "+02:00", "-04:00": the offset of every wall time of the story (no DST change inside it). */
  offset: string;
}

/** "2026-04-08 18:00" owner-local → the UTC ISO string simulate prints. */
export function wall(local: string, offset: string): string {
  return new Date(`${local.replace(" ", "T")}:00${offset}`).toISOString();
}

export interface Row {
  at: string;
  kind: string;
  employer: string | null;
}

/** The emails as rows; `at` in owner-local wall time ("2026-04-08 18:00") for readable failures. */
export function rows(emails: SimulatedEmail[], zone: string): Row[] {
  return emails.map((e) => ({ at: localWall(e.at, zone), kind: e.kind, employer: e.employer }));
}

export function localWall(iso: string, zone: string): string {
  return isoInZone(Date.parse(iso), zone).slice(0, 16).replace("T", " ");
}

/** The only email of this kind about this employer; fails the test when there is not exactly one. */
export function only(emails: SimulatedEmail[], kind: string, employer: string | null): SimulatedEmail {
  const found = emails.filter((e) => e.kind === kind && e.employer === employer);
  if (found.length !== 1) {
    throw new Error(`expected one ${kind} about ${employer}, found ${found.length}`);
  }
  return found[0] as SimulatedEmail;
}

export function employerNamed(result: SimulationResult, name: string): SimulationResult["employers"][number] {
  const found = result.employers.find((e) => e.name === name);
  if (!found) throw new Error(`no employer ${name} in ${result.employers.map((e) => e.name).join(", ")}`);
  return found;
}
