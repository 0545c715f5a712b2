import { describe, expect, it } from "vitest";
import { employerForMessage, isEmployerDomain } from "../../../functions/domain/message-employer";
import { employer } from "./builders";

const kestrel = employer("Kestrel Pay", { id: "kestrel-pay", domains: ["kestrelpay.com"], aliases: ["kestrel"] });
const globex = employer("Globex Systems", { id: "globex-systems", domains: ["globex.io"] });
const records = [kestrel, globex];

describe("employerForMessage", () => {
  it.each([
    ["the same name", "Kestrel Pay", null, "kestrel-pay"],
    ["another case", "KESTREL PAY", null, "kestrel-pay"],
    ["an alias (after a rename)", "Kestrel", null, "kestrel-pay"],
    ["an unknown name but a known person's domain", "Kestrel Payments Ltd", "tessa@kestrelpay.com", "kestrel-pay"],
    ["no name, a known domain", null, "hr@globex.io", "globex-systems"],
  ])("finds the record by %s", (_what, name, contact, id) => {
    expect(employerForMessage(records, name, contact)?.id).toBe(id);
  });

  it.each([
    ["an unknown name and no contact", "Initech", null],
    ["an ATS relay domain shared by many employers", null, "no-reply@greenhouse.io"],
    ["a webmail domain", null, "someone@gmail.com"],
  ])("finds nothing for %s", (_what, name, contact) => {
    expect(employerForMessage(records, name, contact)).toBeNull();
  });
});

describe("isEmployerDomain", () => {
  it.each([
    ["kestrelpay.com", true],
    ["us.greenhouse-mail.io", false],
    ["myworkday.com", false],
    ["outlook.com", false],
    [null, false],
  ])("%s -> %s", (domain, expected) => {
    expect(isEmployerDomain(domain)).toBe(expected);
  });
});
