// Rules added after the sixth held-out set (tests/fixtures/unseen-6): a domain that abbreviates
// or decorates a written name yields the written name, registered names when the domain is
// opaque, a brand keeps its parent's evidence, agencies known by their name, "The X Company",
// titles named by an interview stage, dash specialisations, qualifiers written with the title.
import { describe, expect, it } from "vitest";
import { nameFromDomainLabel, namePhrases } from "../../../functions/domain/extract/company-names";
import {
  labelAbbreviatesName,
  labelVariants,
  legallyWrittenNames,
  shortFormWrittenAlone,
} from "../../../functions/domain/extract/domain-forms";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { parentsOfBrands, withCompanyFrame } from "../../../functions/domain/extract/employer-forms";
import { extractRole, withWrittenQualifier } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

describe("a domain label that abbreviates a written name", () => {
  it.each([
    ["bkp", "Brannock Keel Partners"],
    ["pmcap", "Pell Marsh Capital"],
    ["cedarhollowcu", "Cedar Hollow Credit Union"],
    ["nvtx", "Novatex"],
    ["hgp", "Harrowgate Partners"],
    ["wlk", "Whitcombe & Lyle Kessel"],
  ])("%s abbreviates %s", (label, name) => {
    expect(labelAbbreviatesName(label, name)).toBe(true);
  });
  it.each([
    ["northwind", "Northwind", "the exact spelling is matched elsewhere"],
    ["nor", "Northwind", "a plain prefix is another, shorter name"],
    ["bk", "Brannock Keel Partners", "too short"],
    ["bpk", "Brannock Keel Partners", "out of order"],
    ["rtbx", "Rotbach", "letters the name does not have"],
    ["nx", "Novatex", "too few of the name's consonants"],
    ["bkpz", "Brannock Keel Partners", "a letter no word accounts for"],
  ])("%s does not abbreviate %s (%s)", (label, name) => {
    expect(labelAbbreviatesName(label, name)).toBe(false);
  });
});

describe("domain labels decorated around the name", () => {
  it.each([
    ["gettidewell", "tidewell"],
    ["joinquarry", "quarry"],
    ["tryparallax", "parallax"],
    ["orbitlyhq", "orbitly"],
    ["getacmehq", "acme"],
  ])("%s carries %s", (label, bare) => {
    expect(labelVariants(label)).toContain(bare);
  });
  it.each([["getty"], ["joiner"], ["haldengroup"], ["gohq"]])("%s keeps only itself", (label) => {
    expect(labelVariants(label)).toEqual([label]);
  });
});

describe("names written with a legal form", () => {
  it.each([
    ["Rotbach & Söhne GmbH · Industriestraße 12", ["Rotbach & Söhne"]],
    ["Brannock Keel Partners LLP is a limited liability partnership", ["Brannock Keel Partners"]],
    ["We are Vinterbo Studios AB.", ["Vinterbo Studios"]],
  ])("%j", (text, names) => {
    expect(legallyWrittenNames(namePhrases(text))).toEqual(names);
  });
  it.each([["Thank you, Ltd is not a name"], ["Best regards, Jana Wolff"]])("%j has none", (text) => {
    expect(legallyWrittenNames(namePhrases(text))).toEqual([]);
  });
});

describe("the short form written alone keeps the people's own usage", () => {
  it.each([
    ["Anchor Insurance Services", "Talent Partner | Anchor\nAnchor Insurance Services Ltd is regulated", true],
    ["Cedar Hollow Credit Union", "Talent Acquisition Partner\nCedar Hollow Credit Union", false],
    ["Pell Marsh Capital", "Head of Talent\nPell Marsh Capital\n1 Market St", false],
  ])("%s in %j -> %s", (name, text, alone) => {
    expect(shortFormWrittenAlone(name, text)).toBe(alone);
  });
});

describe("brands and their parents", () => {
  it.each([
    ["Talent Lead\nFernwick, a Halden Group company", [{ brand: "Fernwick", parent: "Halden Group" }]],
    ["Driftline Ltd is a subsidiary of Marlow Holdings plc.", [{ brand: "Driftline", parent: "Marlow Holdings" }]],
    ["Bolt — a Northwind company", [{ brand: "Bolt", parent: "Northwind" }]],
    ["Skylark, part of Corvid Holdings", [{ brand: "Skylark", parent: "Corvid Holdings" }]],
  ])("%j", (text, pairs) => {
    expect(parentsOfBrands(text)).toEqual(pairs);
  });
  it.each([["We are a fast-growing company"], ["Join a Series B company in Berlin"]])("%j has none", (text) => {
    expect(parentsOfBrands(text)).toEqual([]);
  });
});

describe("The X Company keeps its frame", () => {
  it.each([
    ["Copperleaf", "Recruiting Coordinator\nThe Copperleaf Company", "The Copperleaf Company"],
    ["Copperleaf", "Thanks for your interest in Copperleaf, a great company", "Copperleaf"],
    ["Copperleaf", "the Copperleaf company picnic", "Copperleaf"],
  ])("%s in %j -> %s", (name, text, want) => {
    expect(withCompanyFrame(name, text)).toBe(want);
  });
});

describe("employer from messages whose domain is not the written name", () => {
  it.each([
    [
      "initials domain, name in the signature",
      {
        from: { name: "Harriet Cole", address: "h.cole@bkp.com" },
        body: "Regards,\nHarriet Cole\nBrannock Keel Partners LLP",
      },
      "Brannock Keel Partners",
    ],
    [
      "squashed domain with an abbreviated tail",
      {
        from: { name: "Dana W", address: "dana@cedarhollowcu.org" },
        body: "Dana\nTalent Partner\nCedar Hollow Credit Union",
      },
      "Cedar Hollow Credit Union",
    ],
    [
      "consonant skeleton, extended by an industry word",
      { from: { name: "Mira Oduya", address: "m@nvtx.io" }, body: "Mira Oduya | Talent Partner\nNovatex Health" },
      "Novatex Health",
    ],
    [
      "a 'join' prefix",
      { from: { name: "Sam", address: "sam@joingullwing.com" }, body: "Sam\nCo-founder & CEO, Gullwing" },
      "Gullwing",
    ],
    [
      "opaque domain, registered name in the footer",
      {
        from: { name: "", address: "careers@e-mail.rtbx.de" },
        body: "Your Recruiting Team\n--\nRotbach & Söhne GmbH · München",
      },
      "Rotbach & Söhne",
    ],
    [
      "a brand written from its parent's domain",
      {
        from: { name: "Lena Voss", address: "lena.voss@haldengroup.com" },
        subject: "Senior iOS Engineer at Fernwick",
        body: "Lena Voss\nTalent Lead\nFernwick, a Halden Group company",
      },
      "Fernwick",
    ],
    [
      "an agency known by its name leads its subject with the client",
      {
        from: { name: "Sophie Hart", address: "sophie@harborandfinch.co.uk" },
        subject: "Kelvin Marine – Lead Naval Architect – interview confirmed",
        body: "All confirmed for Thursday.\n\nSophie Hart\nHarbor & Finch Recruitment",
      },
      "Kelvin Marine",
    ],
  ])("%s", (_why, overrides, want) => {
    expect(extractEmployer(sampleFacts(overrides), false).name).toBe(want);
  });

  it.each([
    [
      "the domain is written in full: the footer's legal name adds nothing",
      {
        from: { name: "Priti Desai", address: "priti@anchorinsure.co.uk" },
        body: "Priti Desai | Talent Partner | Anchor\n\nAnchor Insurance Services Ltd is authorised and regulated",
      },
      "Anchor",
    ],
    [
      "an agency's own legal name does not win over its client",
      {
        from: { name: "Ben Carter", address: "ben@talentbridgesearch.com" },
        body: "My client, Ostrava Robotics, would like to meet you.\n\nBen Carter\nTalentbridge Search Ltd",
      },
      "Ostrava Robotics",
    ],
    [
      "a plain domain is not abbreviated into another capitalised phrase",
      {
        from: { name: "Priya Shah", address: "priya@northwind.io" },
        body: "Hi,\nNext steps at Northwind.\nPriya\nNorth West Team",
      },
      "Northwind",
    ],
  ])("%s", (_why, overrides, want) => {
    expect(extractEmployer(sampleFacts(overrides), false).name).toBe(want);
  });
});

describe("titles in stage phrases, dash specialisations and subjects", () => {
  it.each([
    ["", "I'd like to set up your Senior Data Engineer phone screen next week.", "Senior Data Engineer"],
    ["", "Confirming your Staff Data Scientist interview on Thursday.", "Staff Data Scientist"],
    ["", "Your interview for Product Design Lead — Mobile is confirmed:", "Product Design Lead — Mobile"],
    ["Offer – Principal PM, Platform", "Congratulations!", "Principal PM, Platform"],
    ["Update on your application - Finance Business Partner (JR-20931)", "", "Finance Business Partner"],
    ["Interview confirmed: Research Engineer, Inference at Parallax AI", "", "Research Engineer, Inference"],
    ["Update on your application", "Position: Sr. SWE II (Payments)\n\nGood news", "Sr. SWE II (Payments)"],
  ])("%j / %j -> %j", (subject, body, want) => {
    expect(extractRole(sampleFacts({ subject, body })).role).toBe(want);
  });
  it.each([
    ["Coffee?", "I'd love to chat about you joining us; we're still figuring out what the role looks like."],
    ["Interview Thursday 2 PM", "See you then."],
    ["References", "Could you send me two references? Thanks for the phone screen."],
  ])("%j / %j has no title", (subject, body) => {
    expect(extractRole(sampleFacts({ subject, body })).role).toBeNull();
  });
});

describe("a parenthesised qualifier written with the title every time", () => {
  it.each([
    [
      "Backend Engineer",
      "Interview – Backend Engineer (Go)\nfor the position Backend Engineer (Go).",
      "Backend Engineer (Go)",
    ],
    ["Backend Engineer", "Backend Engineer (Go) - final round\nthe Backend Engineer role", "Backend Engineer"],
    ["Data Engineer", "Data Engineer (m/w/d)\nData Engineer (m/w/d)", "Data Engineer"],
    ["Data Engineer", "Data Engineer (Remote)\nthe Data Engineer (Remote) role", "Data Engineer"],
    ["Data Engineer", "Data Engineer (R-20931)\nData Engineer (R-20931)", "Data Engineer"],
    ["Data Engineer", "Data Engineer (NY)\nData Engineer (NY)", "Data Engineer"],
  ])("%s in %j -> %s", (title, text, want) => {
    expect(withWrittenQualifier(title, text)).toBe(want);
  });
});

describe("industry words of public bodies and lenders end a name", () => {
  it.each([
    ["silverpinecredit", "Silverpine Credit"],
    ["eastvaleunion", "Eastvale Union"],
    ["kestrelpay", "Kestrel Pay"],
    ["acme", "Acme"],
    ["bkp", "Bkp"],
  ])("label %s reads %s", (label, want) => {
    expect(nameFromDomainLabel(label)).toBe(want);
  });
  it("a council's full written name beats its domain", () => {
    const facts = sampleFacts({
      from: { name: "Helen Marsh", address: "helen.marsh@harrowgate.gov.uk" },
      body: "Thank you for your interest in working for Harrowgate Borough Council.\n\nHelen Marsh\nHarrowgate Borough Council",
    });
    expect(extractEmployer(facts, false).name).toBe("Harrowgate Borough Council");
  });
  it("a subject's short form gives way to the signed name", () => {
    const facts = sampleFacts({
      from: { name: "Helen Marsh", address: "helen.marsh@harrowgate.gov.uk" },
      subject: "Harrowgate - next steps",
      body: "Helen Marsh\nHarrowgate Borough Council",
    });
    expect(extractEmployer(facts, false).name).toBe("Harrowgate Borough Council");
  });
});
