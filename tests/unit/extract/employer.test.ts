import { describe, expect, it } from "vitest";
import { canonicalCompany, nameFromDomainLabel } from "../../../functions/domain/extract/company-names";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { OWNER, sampleFacts } from "./sample-facts";

describe("canonicalCompany", () => {
  it.each([
    ["Vellora Software Pvt. Ltd.", "Vellora Software"],
    ["Acme, Inc.", "Acme"],
    ["Globex LLC", "Globex"],
    ["Feldmann Analytik GmbH", "Feldmann Analytik"],
    ["Kestrel Pay Recruiting", "Kestrel Pay"],
    ["Larkspur Health Interviews", "Larkspur Health"],
    ["Ferrule Candidate Experience", "Ferrule"],
    ["Marrow & Pine", "Marrow & Pine"],
    ["Sørvik Labs", "Sørvik Labs"],
  ])("%s -> %s", (raw, want) => {
    expect(canonicalCompany(raw)).toBe(want);
  });

  it.each(["", "   ", "Inc.", "123"])("rejects %j", (raw) => {
    expect(canonicalCompany(raw)).toBeNull();
  });
});

describe("nameFromDomainLabel", () => {
  it.each([
    ["brightlinefreight", "Brightline Freight"],
    ["vellorasoftware", "Vellora Software"],
    ["northwind", "Northwind"],
    ["acme-robotics", "Acme Robotics"],
  ])("%s -> %s", (label, want) => {
    expect(nameFromDomainLabel(label)).toBe(want);
  });
});

describe("extractEmployer", () => {
  const cases = [
    {
      name: "name spelled by a human sender's domain",
      facts: sampleFacts({
        from: { name: "Tessa L", address: "tessa@kestrelpay.com" },
        body: "Thanks for your time with Kestrel Pay.\n\nTessa\nSenior Recruiter | Kestrel Pay Inc.",
      }),
      want: "Kestrel Pay",
    },
    {
      name: "ATS relay display name",
      facts: sampleFacts({
        from: { name: "Halvorsen Logistics", address: "halvorsen@myworkday.com" },
        body: "Thank you for applying.",
      }),
      want: "Halvorsen Logistics",
    },
    {
      name: "Greenhouse relay with a team suffix",
      facts: sampleFacts({
        from: { name: "Quillstone Health Recruiting", address: "no-reply@us.greenhouse-mail.io" },
        body: "Hi",
      }),
      want: "Quillstone Health",
    },
    {
      name: "agency recruiter writing about a client",
      facts: sampleFacts({
        from: { name: "Tom Reyes", address: "tom@brightpath-search.com" },
        body: "My client, Fennick Logistics, would like to meet you.\n\nTom Reyes\nConsultant | Brightpath Search",
      }),
      want: "Fennick Logistics",
    },
    {
      name: "owner's mail: recipient domain only",
      facts: sampleFacts({
        from: { name: "Sam", address: OWNER },
        to: [{ name: "Renata", address: "renata@brightlinefreight.com" }],
        body: "Thank you for the onsite today.",
      }),
      outgoing: true,
      want: "Brightline Freight",
    },
    {
      name: "an employer named only in the owner's note does not count",
      facts: sampleFacts({
        from: { name: "Ines", address: "ines@oakhavenlearning.com" },
        ownerNote: "Looks like it's Lanternfish Labs then.",
        body: "We've decided to move forward with another candidate.\n\nInes Carvalho\nHead of Design, Oakhaven Learning",
      }),
      want: "Oakhaven Learning",
    },
  ];

  it.each(cases)("$name", ({ facts, outgoing, want }) => {
    expect(extractEmployer(facts, outgoing ?? false).name).toBe(want);
  });

  it("finds nothing in mail with no company evidence", () => {
    const facts = sampleFacts({ from: { name: "", address: "someone@gmail.com" }, body: "hi there, see you soon" });
    expect(extractEmployer(facts, false).name).toBeNull();
  });
});
