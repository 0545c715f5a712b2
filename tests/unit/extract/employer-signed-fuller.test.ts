// The fullest name a company signs with (issue 9, unseen-23/24): a signature or registered line,
// a title's line, a letter's legal line; relay and assistant vendors are never the company; a
// message pasted in quotation marks is read as a forward. Invented names and domains only.
import { describe, expect, it } from "vitest";
import { readEmail } from "../../../functions/app/read-message";
import { canonicalCompany } from "../../../functions/domain/extract/company-names";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { registeredFullerForm, signedLongerForm } from "../../../functions/domain/extract/employer-forms";
import { isRelayDomain } from "../../../functions/domain/senders";
import { pastedMessage } from "../../../functions/mail/forward-blocks";
import { OWNER, sampleFacts } from "./sample-facts";

describe("a signature that writes the company's fuller name", () => {
  it.each([
    [
      "a registered line adding a group word",
      "kiri.tan@selangorpay.com.my",
      "Update on your application",
      "Hi Sam,\n\nSelangor Payments has paused the process for a few weeks.\n\nRegards,\nKiri Tan\nTalent Lead\nSelangor Payments Group Sdn Bhd\nkiri.tan@selangorpay.com.my",
      "Selangor Payments Group",
    ],
    [
      "a title before a comma",
      "ailsa@firthdata.co.uk",
      "Thank you",
      "Hi Sam,\n\nThank you for your time with Firth Data. We will not be moving forward.\n\nAilsa\nHead of Data, Firth Data Partners",
      "Firth Data Partners",
    ],
    [
      "a plain signature line with one more word",
      "jo@tamarackhealth.ca",
      "Tamarack Health - next interview",
      "Hi Sam,\n\nCould you do Thursday?\n\nJo Park\nTalent Acquisition Partner\nTamarack Health Informatics\njo@tamarackhealth.ca",
      "Tamarack Health Informatics",
    ],
    [
      "joining words inside the name",
      "lucia@pampalog.cl",
      "Entrevista - Pampalog",
      "Hola Sam,\n\nTe confirmo la entrevista del martes.\n\nLucía Ortega\nPampa Logística y Transporte S.A.\nlucia@pampalog.cl",
      "Pampa Logística y Transporte",
    ],
  ])("takes it: %s", (_case, address, subject, body, want) => {
    const facts = sampleFacts({ from: { name: "Recruiter", address }, subject, body });
    expect(extractEmployer(facts, false).name).toBe(want);
  });

  it("keeps the name's own words in order, with a word between them", () => {
    expect(signedLongerForm("Morvane Renovables", "Un saludo,\nMorvane Energías Renovables, S.L.")).toBe(
      "Morvane Energías Renovables",
    );
    // The name's first word must start the signed form.
    expect(signedLongerForm("Morvane Renovables", "Grupo Morvane Renovables")).toBeNull();
  });

  it.each([
    ["a careers line", "Tamarack Health", "Jo Park\nTamarack Health Careers"],
    ["a team's line", "Tamarack Health", "Tamarack Health Talent Acquisition"],
    ["a sentence", "Tamarack Health", "We are proud of Tamarack Health Informatics and its work."],
    ["a group's name", "Reef Group", "Ada Lowe\nReef Group Services"],
    ["two different fuller forms", "Tamarack Health", "Tamarack Health Informatics\nTamarack Health Clinics"],
    ["the name also signed alone", "Tamarack Health", "Tamarack Health Informatics\nJo Park | Tamarack Health"],
    ["a title after the name", "Tamarack Health", "Tamarack Health Engineer"],
  ])("does not lengthen it from %s", (_case, name, text) => {
    expect(signedLongerForm(name, text)).toBeNull();
  });

  it("takes a letter's registered name with an entity word after an industry word", () => {
    const letter = "Veldhoven Mobility Solutions B.V.\nStationsplein 4\n\nDear Ms Jansen,";
    expect(registeredFullerForm("Veldhoven Mobility", letter)).toBe("Veldhoven Mobility Solutions");
    // A one-word brand's legal entity adds nothing to its name.
    expect(registeredFullerForm("Skerry", "Skerry Technologies, Inc.\n1 Main St")).toBeNull();
  });

  it("reads Malaysian, Belgian and Mexican legal forms", () => {
    expect(canonicalCompany("Kampar Foods Sdn Bhd")).toBe("Kampar Foods");
    expect(canonicalCompany("Meuse Conseil & Associés SRL")).toBe("Meuse Conseil & Associés");
    expect(canonicalCompany("Grupo Ajusco Textiles, S.A.B. de C.V.")).toBe("Grupo Ajusco Textiles");
  });
});

describe("the owner's reply quoting the recruiter's mail", () => {
  const reply = (quoted: string) =>
    sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [{ name: "Dana Lowe", address: "dana.lowe@keelstonetalent.com" }],
      subject: "Re: Offer - Brandale Mutual",
      body: "Hi Dana,\n\nThank you for walking me through the Brandale Mutual offer. Is there room on the base?\n\nSam",
      quoted,
    });

  it("takes the fuller name the quoted recruiter writes", () => {
    const facts = reply(
      "Hi Sam,\n\nI just got off the phone with Brandale Mutual Insurance and they would like to offer you the role.",
    );
    expect(extractEmployer(facts, true).name).toBe("Brandale Mutual Insurance");
  });

  it("keeps the short form when the quoted mail writes it too", () => {
    const facts = reply(
      "Hi Sam,\n\nBrandale Mutual called: Brandale Mutual Insurance would like to offer you the role.",
    );
    expect(extractEmployer(facts, true).name).toBe("Brandale Mutual");
  });
});

describe("relay and assistant vendors", () => {
  it("treats assistant and tracking vendors' mail domains as relays", () => {
    expect(isRelayDomain("paradox.ai")).toBe(true);
    expect(isRelayDomain("avature.net")).toBe(true);
    // A vendor's sending sibling named without its "hq".
    expect(isRelayDomain("pinpoint-mail.io")).toBe(true);
    expect(isRelayDomain("pinpointvineyards.com")).toBe(false);
  });

  it("reads the company an assistant writes from", () => {
    const facts = sampleFacts({
      from: { name: "Olive from Marram Outdoor Retail", address: "olive@paradox-mail.io" },
      subject: "Next step: pick a time",
      body: "Hi Sam! I'm Olive, the hiring assistant for Marram Outdoor Retail. Pick a time for your phone screen below.",
    });
    expect(extractEmployer(facts, false).name).toBe("Marram Outdoor Retail");
  });

  it("drops a relay's name after 'über', 'par' or 'via'", () => {
    expect(canonicalCompany("Hafenlicht Software über JOIN")).toBe("Hafenlicht Software");
    expect(canonicalCompany("Atelier Corbel par Welcome")).toBe("Atelier Corbel");
    // Not a name that merely contains the word mid-way.
    expect(canonicalCompany("Banco por Todos Seguros")).toBe("Banco por Todos Seguros");
  });

  it("reads the company from a relay's subdomain when the sender is a person", () => {
    const facts = sampleFacts({
      from: { name: "Lotte Bakker", address: "lotte@kadewerk.homerun-mail.io" },
      subject: "Je sollicitatie bij Kadewerk",
      body: "Hoi Sam,\n\nHelaas gaan we niet verder met je sollicitatie.\n\nGroet,\nLotte Bakker\nKadewerk Digital",
    });
    expect(extractEmployer(facts, false).name).toBe("Kadewerk Digital");
  });

  it("does not read a vendor's own host as the company", () => {
    const facts = sampleFacts({
      from: { name: "Ines Moreau", address: "ines.moreau@hire.lever.co" },
      subject: "Your application to Tallis Robotics",
      body: "Hi Sam,\n\nHire Date and start details will follow once Tallis Robotics has decided.\n\nInes Moreau\nTalent Partner, Tallis Robotics",
    });
    expect(extractEmployer(facts, false).name).toBe("Tallis Robotics");
  });

  it("keeps a company's own display name on a relay", () => {
    const facts = sampleFacts({
      from: { name: "Karoo Capital", address: "no-reply@pinpoint-mail.io" },
      subject: "Your application",
      body: "Dear Sam,\n\nThank you for applying to Karoo Capital. We will not be taking your application further.",
    });
    expect(extractEmployer(facts, false).name).toBe("Karoo Capital");
  });
});

describe("a message pasted in quotation marks under the owner's line", () => {
  const message = [
    "fyi - copied from my phone, Zanele's message:",
    "",
    '"Hi Sam, good news! Our COO would like to meet you for a final conversation about the',
    "Treasury Analyst role. I will confirm a time once her diary settles.",
    "",
    "Zanele Nkosi",
    "Talent Partner | Umhlanga Water Partners",
    'zanele.nkosi@umhlangawater.co.za"',
    "",
    "Sent from my Galaxy",
  ].join("\n");

  it("is read as a forward of the pasted message", () => {
    const pasted = pastedMessage(message);
    expect(pasted?.note).toBe("fyi - copied from my phone, Zanele's message:");
    expect(pasted?.body.startsWith("Hi Sam, good news!")).toBe(true);
    expect(pasted?.body.endsWith("zanele.nkosi@umhlangawater.co.za")).toBe(true);
  });

  it("reads the company from the pasted signature", async () => {
    const raw = new TextEncoder().encode(
      [
        `From: Sam Rivera <${OWNER}>`,
        "To: jobs@in.samrivera.dev",
        "Subject: Umhlanga final round",
        "Date: Wed, 12 May 2027 13:37:00 +0200",
        "Message-ID: <pasted-2@gmail.com>",
        "Content-Type: text/plain; charset=utf-8",
        "",
        message.replace(/\n/g, "\r\n"),
      ].join("\r\n"),
    );
    const email = await readEmail(raw, {
      ownerAddresses: [OWNER],
      timezone: "Africa/Johannesburg",
      inboxAddress: "jobs@in.samrivera.dev",
    });
    expect(email.outer.forward).toBe("inline");
    expect(email.extraction.employer).toBe("Umhlanga Water Partners");
  }, 60_000);

  it.each([
    ["an owner's note quoting a line", 'Call with Zanele today. She said:\n\n"we will be in touch next week"\n\nSam'],
    [
      "a pasted text with no mail address",
      `Notes from the call:\n\n"${"They liked the case study and want to move on quickly. ".repeat(4)}"`,
    ],
    ["no introducing line", `"${"Hi Sam, we liked your case study. ".repeat(5)}\nzanele@umhlangawater.co.za"`],
  ])("is not read into %s", (_case, text) => {
    expect(pastedMessage(text)).toBeNull();
  });
});
