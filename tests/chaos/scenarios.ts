// The events the chaos matrix faults: a new offer forwarded, a revised offer (the deadline moves,
// so schedules move), and a nudge firing. Each starts from a prepared, fault-free world.
import { readFileSync } from "node:fs";
import type { World } from "./fakes/world";
import { GROUP, inboundEvent, type LambdaFunction, PREFIX } from "./lambda";

export const START = Date.parse("2026-03-09T15:00:00.000Z"); // Mon 9 Mar, 11:00 in New York
const REVISED_AT = Date.parse("2026-03-10T13:15:00.000Z");

const offerTemplate = readFileSync(new URL("../../samples/northwind-offer.eml", import.meta.url), "utf8");
const revised = readFileSync(new URL("../fixtures/chaos/northwind-revised.eml", import.meta.url));

/** The sample offer, from another employer: its name, domain and Message-ID replaced. */
export function offerFrom(company: string): Uint8Array {
  const slug = company.toLowerCase().replace(/[^a-z]+/g, "-");
  const first = company.split(" ")[0]?.toLowerCase() ?? slug;
  return new TextEncoder().encode(
    offerTemplate
      .replaceAll("Northwind Analytics", company)
      .replaceAll("northwind.io", `${first}.io`)
      .replace("demo-northwind-offer-fwd", `chaos-${slug}-offer`),
  );
}

/** Twenty employers for the concurrency runs (distinct first words, so distinct ids and domains). */
export const COMPANIES = [
  "Alder Analytics",
  "Birchway Robotics",
  "Cobalt Health",
  "Driftwood Labs",
  "Ember Logistics",
  "Fernhill Software",
  "Granite Payments",
  "Harbor Genomics",
  "Ironleaf Security",
  "Juniper Energy",
  "Kestrel Media",
  "Lumen Freight",
  "Marble Insurance",
  "Nettle Foods",
  "Orchid Biotech",
  "Pinecrest Capital",
  "Quartz Mobility",
  "Rowan Learning",
  "Saffron Travel",
  "Thistle Networks",
];

export function storeRaw(world: World, sesMessageId: string, raw: Uint8Array): void {
  world.state.objects.set(`${PREFIX}${sesMessageId}`, raw);
}

export interface MeasuredEvent {
  fn: LambdaFunction;
  event: unknown;
}

export interface Scenario {
  name: string;
  /** Fault-free history before the measured event; `deliverClean` runs an event without faults. */
  setup(world: World, deliverClean: (e: MeasuredEvent) => Promise<void>): Promise<void>;
  /** The event under test, taken from the prepared world. */
  measured(world: World): MeasuredEvent;
}

const northwind = offerFrom("Northwind Analytics");

function newOffer(world: World): MeasuredEvent {
  storeRaw(world, "ses-northwind-offer", northwind);
  return { fn: "inbound", event: inboundEvent("ses-northwind-offer") };
}

export const SCENARIOS: Scenario[] = [
  {
    name: "new offer",
    async setup(world) {
      world.state.now = START;
    },
    measured: newOffer,
  },
  {
    name: "revised offer",
    async setup(world, deliverClean) {
      world.state.now = START;
      await deliverClean(newOffer(world));
      world.state.now = REVISED_AT;
    },
    measured(world) {
      storeRaw(world, "ses-northwind-revised", new Uint8Array(revised));
      return { fn: "inbound", event: inboundEvent("ses-northwind-revised") };
    },
  },
  {
    name: "repair sweep",
    async setup(world, deliverClean) {
      world.state.now = START;
      await deliverClean(newOffer(world));
      // Drift as a crash or an earlier version leaves it: a booked schedule that is gone, and a
      // schedule nothing in the book accounts for.
      const [first] = [...world.state.schedules.keys()].sort();
      if (!first) throw new Error("repair sweep: nothing was scheduled");
      world.state.schedules.delete(first);
      world.state.schedules.set(`${GROUP}/follow_up.gone-employer.x`, {
        name: "follow_up.gone-employer.x",
        group: GROUP,
        expression: "at(2026-03-20T09:00:00)",
        timezone: "America/New_York",
        input: JSON.stringify({ nudgeId: "follow_up.gone-employer.x", dueAt: "2026-03-20T13:00:00.000Z" }),
        createdAt: START,
      });
      world.state.now = START + 3600_000;
    },
    measured: () => ({ fn: "digest", event: { kind: "repair" } }),
  },
  {
    name: "nudge firing",
    async setup(world, deliverClean) {
      world.state.now = START;
      await deliverClean(newOffer(world));
    },
    measured(world) {
      // Scheduler fires the earliest schedule (and deletes it: ActionAfterCompletion=DELETE).
      const [first] = [...world.state.schedules.entries()].sort(
        ([, a], [, b]) =>
          Date.parse((JSON.parse(a.input) as { dueAt: string }).dueAt) -
          Date.parse((JSON.parse(b.input) as { dueAt: string }).dueAt),
      );
      if (!first) throw new Error("nudge firing: nothing was scheduled");
      const [key, schedule] = first;
      world.state.schedules.delete(key);
      const firing = JSON.parse(schedule.input) as { dueAt: string };
      world.state.now = Date.parse(firing.dueAt) + 20_000;
      return { fn: "nudge", event: firing };
    },
  },
];
