import { describe, expect, it } from "vitest";
import { checkSender, normaliseEnvelope, type SesVerdicts } from "../../../functions/app/owner-check";
import { ownerSettings } from "../../fakes/owner";

const owner = ownerSettings({ aliases: ["sam@rivera.dev"] });
const pass: SesVerdicts = { spf: "PASS", dkim: "PASS", dmarc: "PASS", spam: "PASS", virus: "PASS" };

describe("checkSender", () => {
  it.each([
    ["local: owner envelope", "x@y.com", "sam.rivera@gmail.com", null, { ok: true, via: "envelope" }],
    ["local: alias envelope, any case", null, "SAM@Rivera.dev", null, { ok: true, via: "envelope" }],
    [
      "local: stranger envelope even with owner From",
      "sam.rivera@gmail.com",
      "x@evil.com",
      null,
      { ok: false, reason: "stranger" },
    ],
    [
      "aws: manual forward, DMARC pass",
      "sam.rivera@gmail.com",
      "sam.rivera@gmail.com",
      pass,
      { ok: true, via: "dmarc" },
    ],
    [
      "aws: Gmail auto-forward, SPF pass on +caf_ envelope",
      "no-reply@greenhouse.io",
      "sam.rivera+caf_=jobs=inbox.rivera.dev@gmail.com",
      { ...pass, dmarc: "FAIL" },
      { ok: true, via: "spf" },
    ],
    [
      "aws: forged owner From, DMARC fail, SPF fail",
      "sam.rivera@gmail.com",
      "bounce@evil.com",
      { ...pass, spf: "FAIL", dmarc: "FAIL" },
      { ok: false, reason: "unauthenticated" },
    ],
    [
      "aws: owner envelope but SPF fail",
      null,
      "sam.rivera@gmail.com",
      { ...pass, spf: "FAIL", dmarc: "GRAY" },
      { ok: false, reason: "unauthenticated" },
    ],
    ["aws: stranger", "hr@acme.com", "hr@acme.com", pass, { ok: false, reason: "stranger" }],
    [
      "aws: owner but virus",
      "sam.rivera@gmail.com",
      "sam.rivera@gmail.com",
      { ...pass, virus: "FAIL" },
      { ok: false, reason: "virus" },
    ],
    [
      "aws: owner but spam",
      "sam.rivera@gmail.com",
      "sam.rivera@gmail.com",
      { ...pass, spam: "FAIL" },
      { ok: false, reason: "spam" },
    ],
  ] as const)("%s", (_what, headerFrom, envelopeFrom, verdicts, expected) => {
    expect(checkSender({ owner, headerFrom, envelopeFrom, verdicts })).toEqual(expected);
  });
});

describe("normaliseEnvelope", () => {
  it.each([
    ["<Sam.Rivera@Gmail.com>", "sam.rivera@gmail.com"],
    ["sam.rivera+caf_=jobs=inbox.example@gmail.com", "sam.rivera@gmail.com"],
    ["sam+jobs@gmail.com", "sam+jobs@gmail.com"],
    ["not-an-address", null],
    ["", null],
  ])("%s -> %s", (input, expected) => {
    expect(normaliseEnvelope(input)).toBe(expected);
  });
});
