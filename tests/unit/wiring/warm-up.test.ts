// The inbound function's INIT warm-up reads made-up mail that reaches the parser and the extractors
// (what a cold container's first message would otherwise compile), and can never fail INIT.
import { describe, expect, it } from "vitest";
import { readEmail } from "../../../functions/app/read-message";
import { noRawMail } from "../../../functions/wiring/aws/common";
import {
  warmUpAtsOfferSample,
  warmUpAtsSample,
  warmUpOfferSample,
  warmUpReading,
  warmUpSample,
} from "../../../functions/wiring/aws/warm-up";

const CTX = {
  ownerAddresses: ["alex@example.test"],
  inboxAddress: "jobs@inbox.example.test",
  timezone: "America/New_York",
};

describe("warm-up samples", () => {
  it("the forward is read as an employer's interview invitation, with its contact", async () => {
    const read = await readEmail(warmUpSample(), CTX);

    expect(read.outer.forward).toBe("inline");
    expect(read.extraction).toMatchObject({
      kind: "interview_invite",
      employer: "Example Robotics",
      contactEmail: "dana.whitfield@example-robotics.test",
    });
  });

  it("the forwarded offer is read with its terms and deadline", async () => {
    const read = await readEmail(warmUpOfferSample(), CTX);

    expect(read.extraction).toMatchObject({ kind: "offer", employer: "Example Analytics" });
    expect(read.extraction.offerTerms?.base).toBe(182000);
    expect(read.extraction.respondBy).toMatch(/^2026-02-19T17:00/);
  });

  it("the applicant-tracking mail is read from its HTML as an auto-forward", async () => {
    const read = await readEmail(warmUpAtsSample(), CTX);

    expect(read.outer.forward).toBe("auto");
    expect(read.extraction.error ?? null).toBeNull();
    expect(read.extraction.employer).toBe("Example Robotics");
  });

  it("the applicant-tracking offer is read from its HTML with its terms and deadline", async () => {
    const read = await readEmail(warmUpAtsOfferSample(), CTX);

    expect(read.outer.forward).toBe("auto");
    expect(read.extraction).toMatchObject({ kind: "offer", employer: "Example Robotics" });
    expect(read.extraction.offerTerms?.base).toBe(182000);
    expect(read.extraction.respondBy).toMatch(/^2026-02-19T17:00/);
  });

  it("resolves without a value, and never rejects", async () => {
    await expect(warmUpReading()).resolves.toBeUndefined();
  });
});

describe("noRawMail", () => {
  it("names the function and the wiring when a use case reads kept mail there", async () => {
    const store = noRawMail("nudge");

    await expect(store.get("k")).rejects.toThrow(/nudge function has no raw mail store/);
    await expect(store.put("k", new Uint8Array())).rejects.toThrow(/functions\/wiring\/aws/);
  });
});
