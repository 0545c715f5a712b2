// Rules added after unseen-15 and unseen-16 became development sets: ATS mail domains, fuller
// company names, titles as written, clause words ending titles, decision-date wording and who
// takes part in a call. Invented names only; each rule has cases that must and must not fire.
import { describe, expect, it } from "vitest";
import { industryWrittenForm, signedFullerName } from "../../../functions/domain/extract/employer-forms";
import { extractMessage } from "../../../functions/domain/extract/extract";
import { interviewersOf } from "../../../functions/domain/extract/interview-details";
import { plainTitle } from "../../../functions/domain/extract/local-titles";
import { isRelayDomain } from "../../../functions/domain/senders";
import { sampleFacts } from "./sample-facts";

const IDENTITY = { messageId: null, originalDate: null };

describe("ATS sending domains are relays, never the employer", () => {
  it.each(["acme@myworkday-mail.com", "schedules@goodtime-mail.io"])("%s is a relay", (address) => {
    expect(isRelayDomain(address.split("@")[1] ?? "")).toBe(true);
  });

  it("reads the employer from the text and the human contact from the body", () => {
    const facts = sampleFacts({
      from: { name: "Quillfeather Insurance", address: "quillfeather@myworkday-mail.com" },
      subject: "Interview scheduled: Claims Analyst",
      body: [
        "Hello Sam,",
        "",
        "Your interview for Claims Analyst (Job ID R-1020) at Quillfeather Insurance has been scheduled.",
        "",
        "Date: Tuesday, March 10, 2026",
        "Time: 9:00 AM - 10:00 AM Eastern Time",
        "",
        "If you need to reschedule, please contact your coordinator, Oren Vasquez, at oren.vasquez@quillfeather.com.",
        "",
        "Quillfeather Insurance Talent Acquisition",
      ].join("\n"),
    });
    const extraction = extractMessage(facts, IDENTITY);
    expect(extraction.employer).toBe("Quillfeather Insurance");
    expect(extraction.contactEmail).toBe("oren.vasquez@quillfeather.com");
  });

  it("reads 'decided not to move your application forward' as a rejection", () => {
    const facts = sampleFacts({
      from: { name: "Bramblewick Building Society", address: "bramblewick@myworkday-mail.com" },
      subject: "Your application for Data Analyst",
      body: "Dear Sam,\n\nThank you for your interest in the Data Analyst position at Bramblewick Building Society.\n\nAfter careful review we have decided not to move your application forward at this stage.\n\nKind regards,\nTalent Acquisition Team",
    });
    expect(extractMessage(facts, IDENTITY).kind).toBe("rejection");
  });
});

describe("the fuller name the text writes with an industry word", () => {
  it("takes 'Ospreyhill Insurance' over the brand 'Ospreyhill'", () => {
    const text =
      "Ospreyhill Insurance would like to offer you the role. Ospreyhill is one of the Kestrel Group brands.";
    expect(industryWrittenForm("Ospreyhill", text, "Offer - Ospreyhill Insurance")).toBe("Ospreyhill Insurance");
  });

  it.each([
    [
      "a subject that writes the short form alone",
      "Ospreyhill",
      "Head of Talent, Ospreyhill Capital",
      "Ospreyhill - offer letter",
    ],
    ["a registered name", "Ospreyhill", "Ospreyhill Financial, Inc. · 1 Main Street", ""],
    ["a name already ending in an industry word", "Ospreyhill Mutual", "Ospreyhill Mutual Insurance", ""],
    ["two different industry words", "Ospreyhill", "Ospreyhill Capital and Ospreyhill Energy", ""],
  ])("keeps the name for %s", (_what, name, text, subject) => {
    expect(industryWrittenForm(name, text, subject)).toBeNull();
  });

  it("takes a signed brand tail after a domain that ends in an industry word", () => {
    const body = "Thanks,\nMoira\n\nMoira Penhale | Head of Data | Driftwood Freight Labs\n555-0100";
    expect(signedFullerName("Driftwood Freight", body, "driftwoodfreight")).toBe("Driftwood Freight Labs");
  });

  it("does not add a second industry word to a domain that ends in one", () => {
    const body = "Regards,\nMoira Penhale\nDriftwood Mutual Insurance";
    expect(signedFullerName("Driftwood Mutual", body, "driftwoodmutual")).toBeNull();
  });
});

describe("titles as written", () => {
  it.each([
    ["Ingeniero/a de Datos (H/M)", "Ingeniero/a de Datos"],
    ["Entwickler/in Backend (m/w/d)", "Entwickler/in Backend"],
    ["Analista de Riesgos (m/f/d) 80–100 %", "Analista de Riesgos"],
  ])("'%s' -> '%s'", (title, want) => {
    expect(plainTitle(title)).toBe(want);
  });

  it("ends a French title at a clause word", () => {
    const facts = sampleFacts({
      from: { name: "Sam Rivera", address: "sam.rivera@gmail.com" },
      to: [{ name: "Inès Varenne", address: "ines.varenne@lumeclair.fr" }],
      subject: "Re: Votre candidature",
      body: "Bonjour Madame Varenne,\n\nJe préfère retirer ma candidature au poste de Chargé de recrutement afin de ne pas vous faire perdre de temps.\n\nBien cordialement,\nSam Rivera",
    });
    expect(extractMessage(facts, IDENTITY).role).toBe("Chargé de recrutement");
  });

  it("keeps a comma specialisation that runs to 'in our'", () => {
    const facts = sampleFacts({
      subject: "Offer of employment",
      body: "Dear Sam,\n\nWe are pleased to offer you the position of Principal Engineer, Ledger Systems in our Core Banking group.\n\nPlease reply by 20 March 2026.\n\nPriya Shah",
    });
    expect(extractMessage(facts, IDENTITY).role).toBe("Principal Engineer, Ledger Systems");
  });

  it("reads the title after 'the process for'", () => {
    const facts = sampleFacts({
      subject: "Schedule your interview",
      body: "Hi Sam,\n\nCongratulations on moving forward in the process for Senior Site Reliability Engineer, Storage! Please choose a time below.\n\nPriya",
    });
    expect(extractMessage(facts, IDENTITY).role).toBe("Senior Site Reliability Engineer, Storage");
  });
});

describe("decision dates", () => {
  it("reads 'let every candidate know the outcome by Friday, March 13'", () => {
    const facts = sampleFacts({
      subject: "Your application",
      body: "Dear Sam,\n\nThank you for applying for the Grid Planner position at Northwind. We expect to let every candidate know the outcome by Friday, March 13.\n\nRegards,\nNorthwind Talent",
    });
    expect(extractMessage(facts, IDENTITY).expectDecisionBy).toBe("2026-03-13");
  });

  it("reads Spanish 'te confirmaremos la decisión a más tardar el viernes 13 de marzo'", () => {
    const facts = sampleFacts({
      subject: "Proceso Analista de Riesgos – siguientes pasos",
      body: "Hola Sam:\n\nMuchas gracias por tu tiempo en la entrevista final. El comité se reúne esta semana y te confirmaremos la decisión a más tardar el viernes 13 de marzo.\n\nUn saludo,\nPriya Shah",
    });
    const extraction = extractMessage(facts, IDENTITY);
    expect(extraction.expectDecisionBy).toBe("2026-03-13");
    expect(extraction.role).toBe("Analista de Riesgos");
  });
});

describe("interviewers", () => {
  const context = { employer: "Northwind", sender: { name: "Priya Shah", address: "priya.shah@northwind.io" } };

  it("reads a booking's host", () => {
    const facts = sampleFacts({
      from: { name: "Calendly", address: "notifications@calendly.com" },
      body: "Your event has been scheduled.\n\nInvitee: Sam Rivera\nHost: Tobin Ashgrove\nWhen: 11:00am - 11:30am, Thursday, March 12, 2026 (Pacific Time - US & Canada)",
    });
    expect(interviewersOf(facts, { employer: null, sender: facts.from })).toEqual(["Tobin Ashgrove"]);
  });

  it("takes the writer who would love to set up a conversation", () => {
    const facts = sampleFacts({
      body: "Hi Sam,\n\nI'd love to set up a 45-minute conversation to learn more about your work. Could you grab a time here?\n\nPriya Shah",
    });
    expect(interviewersOf(facts, context)).toEqual(["Priya Shah"]);
  });

  it("reads 'with me and X'", () => {
    const facts = sampleFacts({
      body: "Hi Sam,\n\nI've moved your interview to Friday at 14:00. Same format, 45 minutes on Teams, with me and Lachlan Orrey from finance.\n\nPriya Shah",
    });
    expect(interviewersOf(facts, context)).toEqual(["Priya Shah", "Lachlan Orrey"]);
  });

  it("never names a time zone", () => {
    const facts = sampleFacts({
      body: "Your interview is confirmed.\n\nInterviewers: Dana Whitlow, Eastern Time\nWhen: Monday 9:00",
    });
    expect(interviewersOf(facts, context)).toEqual(["Dana Whitlow"]);
  });
});
