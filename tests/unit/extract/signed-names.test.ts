// Company names as the company signs them, and relays that are vendors' sending domains. Rules
// written after unseen-17/18's silent errors; every name here is invented.
import { describe, expect, it } from "vitest";
import { newEmployer } from "../../../functions/domain/employer";
import { canonicalCompany } from "../../../functions/domain/extract/company-names";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { looksLikeJobTitle, signedFullerName, signsAsPerson } from "../../../functions/domain/extract/employer-forms";
import { employerForMessage } from "../../../functions/domain/message-employer";
import { isRelayDomain } from "../../../functions/domain/senders";
import { sampleFacts } from "./sample-facts";

describe("a vendor's sibling sending domain is a relay", () => {
  it.each([
    "recruitee-mail.com",
    "larchwood.recruitee-mail.com",
    "myworkday-notify.com",
    "bamboohr-mail.net",
    "calendlymail.com",
    "smartrecruiters-notifications.com",
  ])("%s", (domain) => {
    expect(isRelayDomain(domain)).toBe(true);
  });

  it.each(["larchwood.com", "mail.larchwood.com", "larchwood-mail.com", "gem-mail.com"])("not %s", (domain) => {
    expect(isRelayDomain(domain)).toBe(false);
  });

  it("does not make a staffing agency of an ATS whose name says 'recruit'", () => {
    const facts = sampleFacts({
      from: { name: "Larchwood", address: "no-reply@larchwood.recruitee-mail.com" },
      subject: "Tweede gesprek - Financial Controller",
      body: "Beste Sam,\n\nGraag nodigen we je uit voor een tweede gesprek.\n\nMet vriendelijke groet,\n\nEline Bos\nHR Business Partner\nLarchwood Logistiek B.V.\neline.bos@larchwood.nl",
    });
    expect(extractEmployer(facts, false).name).toBe("Larchwood Logistiek");
  });
});

describe("a registered signature line", () => {
  it("is the signed name, its legal form dropped", () => {
    const body =
      "Cheers,\nJordan\n\nJordan Pike\nSenior Technical Recruiter\nKestrel Freight Systems, Inc.\n1400 Fifth Ave";
    expect(signedFullerName("Kestrel Freight", body, "kestrelfreight")).toBe("Kestrel Freight Systems");
  });

  it("still ignores a sentence that ends a line", () => {
    const body = "Best,\nJordan\nWe think Kestrel Freight Systems grew fast.";
    expect(signedFullerName("Kestrel Freight", body, "kestrelfreight")).toBeNull();
  });
});

describe("a relay's display name that is the recruiter", () => {
  it.each([
    [
      "a title line under the signed name",
      "Ngā mihi,\nHemi Ruatapu\nPeople & Culture Advisor\nKōwhai Collective\n",
      true,
    ],
    ["a 'title, company' line", "Thanks,\nNora Vale\nTalent Acquisition, Tarnwood Analytics\n", true],
    ["a company line under the name", "Thanks,\nTarnwood Dental\nTarnwood Dental Group\n", false],
    ["no signature with the name", "Thanks,\nThe team\n", false],
  ])("%s", (_what, body, person) => {
    const name = body.split("\n")[1] ?? "";
    expect(signsAsPerson(name, body)).toBe(person);
  });

  it("is not read as the employer", () => {
    const facts = sampleFacts({
      from: { name: "Hemi Ruatapu", address: "notifications@bamboohr-mail.net" },
      subject: "Brand Marketing Lead - interview with Kōwhai Collective",
      body: "Kia ora Sam,\n\nWe would like to have a chat.\n\nNgā mihi,\nHemi Ruatapu\nPeople & Culture Advisor\nKōwhai Collective",
    });
    expect(extractEmployer(facts, false).name).toBe("Kōwhai Collective");
  });
});

describe("a short and a signed form of one company file under one process", () => {
  const stored = (name: string, id?: string) => ({
    ...newEmployer(name, "2026-03-01T00:00:00Z"),
    ...(id ? { id, employerKey: id } : {}),
  });

  it("with no usable contact domain, either way round", () => {
    expect(employerForMessage([stored("Wrenfield Insurance")], "Wrenfield", null)?.name).toBe("Wrenfield Insurance");
    expect(employerForMessage([stored("Wrenfield")], "Wrenfield Insurance", "no-reply@myworkday-mail.com")?.name).toBe(
      "Wrenfield",
    );
  });

  it("not when the added word is not an industry word, or two employers fit", () => {
    expect(employerForMessage([stored("Wrenfield")], "Wrenfield Harbour", null)).toBeNull();
    const both = [
      stored("Wrenfield Insurance", "wrenfield-insurance"),
      stored("Wrenfield Capital", "wrenfield-capital"),
    ];
    expect(employerForMessage(both, "Wrenfield", null)).toBeNull();
  });
});

describe("a company name that starts with a level word", () => {
  it.each([
    ["Principal Systems", false],
    ["Senior Living Partners", false],
    ["Lead Logistics", false],
    ["Senior Backend Engineer", true],
    ["Principal Engineer", true],
    ["Staff Engineer II", true],
    ["Director of Engineering", true],
    ["Head of Data Platform", true],
  ])("%s is a title: %s", (name, title) => {
    expect(looksLikeJobTitle(name)).toBe(title);
  });
});

describe("names the fresh sets wrote", () => {
  it.each([
    ["Corvina Financiera, S.A. de C.V., SOFOM, E.N.R.", "Corvina Financiera"],
    ["Assurances Corvina inc.", "Assurances Corvina"],
    ["Corvina Capital, S.A.P.I. de C.V.", "Corvina Capital"],
  ])("%s is %s", (written, name) => {
    expect(canonicalCompany(written)).toBe(name);
  });

  it("takes a word before the name on a registered line in lower-case 'inc.'", () => {
    expect(signedFullerName("Corvina", "Cordialement,\nAnne Roy\nAssurances Corvina inc.\n", "corvina")).toBe(
      "Assurances Corvina",
    );
  });

  it("does not take a first name listed with another person as the employer", () => {
    const facts = sampleFacts({
      from: { name: "Sam Rivera", address: "sam.rivera@gmail.com" },
      to: [{ name: "Lauren Hale", address: "lauren.hale@corvinaenergy.com" }],
      subject: "Thank you - Senior Analyst interview",
      body: "Hi Lauren,\n\nThanks for moving it around Marguerite's board meeting. I enjoyed talking with Marguerite and Raj.\n\nBest,\nSam",
      ownerAddresses: ["sam.rivera@gmail.com"],
    });
    expect(extractEmployer(facts, true).name).not.toBe("Marguerite");
  });

  it("keeps a company named beside the people listed", () => {
    const facts = sampleFacts({
      from: { name: "Priya Shah", address: "priya.shah.recruits@gmail.com" },
      subject: "Offer",
      body: "Hi Sam,\n\nWe are delighted to offer you the analyst role at Corvina. You will work with Dana and Raj.\n\nPriya",
    });
    expect(extractEmployer(facts, false).name).toBe("Corvina");
  });
});

describe("names unseen-21 wrote", () => {
  it.each([
    ["Corvina & Pike Karriere", "Corvina & Pike"],
    ["Corvina Recrutement", "Corvina"],
    ["Larch & Fen Outdoor Co.", "Larch & Fen Outdoor"],
    ["Larch & Co", "Larch & Co"],
  ])("%s is %s", (written, name) => {
    expect(canonicalCompany(written)).toBe(name);
  });

  it("signs with a name after a title and a comma, and through 'Pvt. Ltd.'", () => {
    expect(signedFullerName("Larch & Fen", "Warmly,\nAlyssa\nTalent Partner, Larch & Fen Outdoor Co.\n", "")).toBe(
      "Larch & Fen Outdoor",
    );
    expect(
      signedFullerName("Kestrel Cloud", "Talent Acquisition | Kestrel Cloud Labs Pvt. Ltd.\n", "kestrelcloud"),
    ).toBe("Kestrel Cloud Labs");
  });

  it("never takes the owner's own name for the employer", () => {
    const facts = sampleFacts({
      from: { name: "Marisol Vega", address: "marisol.vega@larchgames.com" },
      to: [{ name: "Grace Liu", address: "grace.liu@larchgames.com" }],
      subject: "Offer letter - Sam Rivera",
      body: "Grace, can you send this to Sam today? Thanks. M.",
      ownerAddresses: ["sam.rivera@gmail.com"],
    });
    expect(extractEmployer(facts, false).name).not.toBe("Sam Rivera");
  });
});
