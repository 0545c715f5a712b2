import { describe, expect, it } from "vitest";
import { acceptOffer } from "../../../functions/domain/acceptance";
import { TransitionError } from "../../../functions/domain/lifecycle";
import { employer } from "./builders";

const NOW = "2026-03-12T19:00:00.000Z";

describe("acceptOffer", () => {
  it("accepts the offer and leaves the other records untouched", () => {
    const records = [employer("Acme", { stage: "offer" }), employer("Globex")];

    const next = acceptOffer(records, "acme", NOW);

    expect(next[0]).toMatchObject({ stage: "accepted", acceptedAt: NOW });
    expect(next[1]).toBe(records[1]);
  });

  it("backs out of an offer accepted earlier: never two acceptances", () => {
    const records = [
      employer("Acme", { stage: "accepted", acceptedAt: "2026-03-10T15:00:00.000Z" }),
      employer("Globex", { stage: "offer" }),
    ];

    const next = acceptOffer(records, "globex", NOW);

    expect(next.map((r) => [r.id, r.stage, r.backedOut])).toEqual([
      ["acme", "withdrawn", true],
      ["globex", "accepted", false],
    ]);
  });

  it("changes nothing when the same offer is accepted again", () => {
    const records = [employer("Acme", { stage: "accepted", acceptedAt: NOW }), employer("Globex", { stage: "offer" })];

    expect(acceptOffer(records, "acme", NOW)).toBe(records);
  });

  it("refuses a closed process", () => {
    const records = [employer("Acme", { stage: "rejected" })];

    expect(() => acceptOffer(records, "acme", NOW)).toThrow(TransitionError);
  });
});
