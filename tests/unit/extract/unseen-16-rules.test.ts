// Rules added after unseen-15 and unseen-16 became development sets: ATS mail domains, fuller
// company names, titles as written, clause words ending titles, decision-date wording and who
// takes part in a call. Invented names only; each rule has cases that must and must not fire.
import { describe, expect, it } from "vitest";
import { newEmployer } from "../../../functions/domain/employer";
import { nameFromDomainLabel } from "../../../functions/domain/extract/company-names";
import { industryWrittenForm, signedFullerName } from "../../../functions/domain/extract/employer-forms";
import { extractMessage } from "../../../functions/domain/extract/extract";
import { interviewersOf, interviewMinutes } from "../../../functions/domain/extract/interview-details";
import { plainTitle } from "../../../functions/domain/extract/local-titles";
import { joinWrappedLines } from "../../../functions/domain/extract/prose";
import { employerForMessage } from "../../../functions/domain/message-employer";
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
    expect(industryWrittenForm("Ospreyhill", text)).toBe("Ospreyhill Insurance");
  });

  it("takes the fuller form even where a subject writes the short one alone", () => {
    // The subject is not read here at all: "Ospreyhill - offer letter" signed "Ospreyhill Capital".
    expect(industryWrittenForm("Ospreyhill", "Head of Talent, Ospreyhill Capital")).toBe("Ospreyhill Capital");
  });

  it.each([
    ["a registered name", "Ospreyhill", "Ospreyhill Financial, Inc. · 1 Main Street"],
    ["a name already ending in an industry word", "Ospreyhill Mutual", "Ospreyhill Mutual Insurance"],
    ["two different industry words", "Ospreyhill", "Ospreyhill Capital and Ospreyhill Energy"],
  ])("keeps the name for %s", (_what, name, text) => {
    expect(industryWrittenForm(name, text)).toBeNull();
  });

  it("takes a signed brand tail after a domain that ends in an industry word", () => {
    const body = "Thanks,\nMoira\n\nMoira Penhale | Head of Data | Driftwood Freight Labs\n555-0100";
    expect(signedFullerName("Driftwood Freight", body, "driftwoodfreight")).toBe("Driftwood Freight Labs");
  });

  it("takes one more industry word signed after a domain that ends in one", () => {
    const body = "Regards,\nMoira Penhale\nDriftwood Mutual Insurance";
    expect(signedFullerName("Driftwood Mutual", body, "driftwoodmutual")).toBe("Driftwood Mutual Insurance");
  });

  it.each([
    ["a word that is neither an industry word nor a brand tail", "Driftwood Mutual Claims"],
    ["two more words", "Driftwood Mutual Insurance Brokers"],
    ["a word before the name", "Atlantic Driftwood Mutual"],
  ])("adds nothing to a domain that ends in an industry word for %s", (_what, line) => {
    expect(signedFullerName("Driftwood Mutual", `Regards,\nMoira Penhale\n${line}`, "driftwoodmutual")).toBeNull();
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

describe("an attached offer letter", () => {
  const agencyNote = sampleFacts({
    from: { name: "Ross Tiller", address: "ross.tiller@northstaffing.com" },
    subject: "Kiteleaf - paperwork attached",
    body: "Sam,\n\nGreat news: Kiteleaf wants to bring you on. The formal letter is attached with the date they need an answer by.\n\nRoss Tiller\nSenior Partner, North Staffing",
    ownerNote: "Letter attached. Need to answer by Friday.",
    attachments: [
      {
        filename: "Kiteleaf_Offer.txt",
        mimeType: "text/plain",
        textSample:
          "Kiteleaf Robotics, Inc.\n\nDear Sam,\n\nOn behalf of Kiteleaf Robotics, I am pleased to offer you the position of Controls Engineer.\n\nThis offer will remain open until 5:00 PM Eastern Time on Friday, March 6, 2026.\n\nSincerely,\nMara Quist",
      },
    ],
  });

  it("writes the company's name in full for an agency's short form", () => {
    expect(extractMessage(agencyNote, IDENTITY).employer).toBe("Kiteleaf Robotics");
  });

  it("gives the hour of the deadline day the owner's note names", () => {
    expect(extractMessage(agencyNote, IDENTITY).respondBy).toBe("2026-03-06T17:00:00-05:00");
  });
});

describe("a reply that moves the slot", () => {
  it("takes the new hour on the day the quoted thread agreed", () => {
    const facts = sampleFacts({
      subject: "Re: Data Lead - Thursday chat",
      body: "Hi Sam,\n\nSomething came up on my side. Could we push our chat to 2:30pm ET instead of 2:00? Same Zoom link, still 30 minutes.\n\nThanks,\nPriya",
      quoted:
        "On Mon, Mar 2, 2026 at 9:10 AM Sam Rivera <sam.rivera@gmail.com> wrote:\nThursday, March 5 at 2pm works great.",
    });
    const extraction = extractMessage(facts, IDENTITY);
    expect(extraction.kind).toBe("interview_scheduled");
    expect(extraction.interviewAt).toBe("2026-03-05T14:30:00-05:00");
  });
});

describe("employer names from thin messages", () => {
  it("splits a squashed domain where the text writes its last part", () => {
    expect(nameFromDomainLabel("harborquill", "the quill pen")).toBe("Harbor Quill");
    expect(nameFromDomainLabel("harborquill", "nothing here")).toBe("Harborquill");
  });

  it("does not read a subject's title specialisation as the company", () => {
    const facts = sampleFacts({
      from: { name: "Sam Rivera", address: "sam.rivera@gmail.com" },
      to: [{ name: "Lena Ortiz", address: "lena.ortiz@fernmoorhealth.org" }],
      subject: "Re: Offer - Manager, Clinical Data Analytics",
      body: "Hi Lena,\n\nI accepted the offer this morning and wanted to say thank you.\n\nBest,\nSam",
    });
    expect(extractMessage(facts, IDENTITY).employer).not.toBe("Clinical Data Analytics");
  });

  it("files a short form under the process of the same domain", () => {
    const stored = { ...newEmployer("Tallowbrook Analytics", "2026-03-01T00:00:00Z"), domains: ["tallowbrook.io"] };
    expect(employerForMessage([stored], "Tallowbrook", "ivo.marsh@tallowbrook.io")?.name).toBe("Tallowbrook Analytics");
  });
});

describe("kind and owner's notes", () => {
  it("reads 'I'll send times, nothing you need to do yet' as an update", () => {
    const facts = sampleFacts({
      subject: "Next steps",
      body: "Hi Sam,\n\nThe team would like to bring you back for a final round with our CTO. I'll send a couple of times through tomorrow once I've checked calendars, nothing you need to do yet.\n\nPriya",
    });
    expect(extractMessage(facts, IDENTITY).kind).toBe("update");
  });

  it("does not read a case study's due day in the owner's note as an answer deadline", () => {
    const facts = sampleFacts({
      subject: "Case study",
      body: "Hi Sam,\n\nThe team would like to move you forward to the case study stage. I'll send times for the review separately, nothing you need to do yet beyond the brief.\n\nPriya",
      ownerNote: "Case study due Monday 9am.",
    });
    expect(extractMessage(facts, IDENTITY).respondBy).toBeNull();
  });
});

describe("who joins the writer", () => {
  const context = { employer: "Northwind", sender: { name: "Priya Shah", address: "priya.shah@northwind.io" } };

  it.each([
    ["an appositive", "Wednesday at 2pm it is. Rafe Colby, our CRO, will join me."],
    ["a title in brackets", "Looking forward to it. Rafe Colby (Director, Data) will join me."],
  ])("reads %s", (_what, body) => {
    expect(interviewersOf(sampleFacts({ body }), context)).toEqual(["Priya Shah", "Rafe Colby"]);
  });

  it("adds the organiser of a calendar invite who is joined", () => {
    const facts = sampleFacts({
      body: "Looking forward to it. Rafe Colby will join me.",
      calendar: {
        start: "2026-03-10T14:00:00-05:00",
        minutes: 60,
        organizer: { name: "Priya Shah", address: "priya.shah@northwind.io" },
        attendees: [
          { name: "Sam Rivera", address: "sam.rivera@gmail.com" },
          { name: "Rafe Colby", address: "rafe.colby@northwind.io" },
        ],
        summary: null,
        description: null,
        location: null,
        cancelled: false,
      },
    });
    expect(interviewersOf(facts, context)).toEqual(["Priya Shah", "Rafe Colby"]);
  });

  it("does not take the writer of a past call", () => {
    const body =
      "Thanks for making time to talk with me last Wednesday. Please pick a time for a call with Rafe Colby here.";
    expect(interviewersOf(sampleFacts({ body }), context)).toEqual(["Rafe Colby"]);
  });

  it("reads the writer in Dutch 'je spreekt met mij en met'", () => {
    const body = "Hierbij de bevestiging: donderdag 12 maart om 9:30. Je spreekt met mij en met Rafe Colby (CTO).";
    expect(interviewersOf(sampleFacts({ body }), context)).toEqual(["Priya Shah", "Rafe Colby"]);
  });
});

describe("interview length in other languages", () => {
  it("reads 'Durée : 1 heure'", () => {
    const facts = sampleFacts({
      subject: "Confirmation de votre entretien",
      body: "Bonjour Sam,\n\nJe vous confirme votre entretien :\n\nmardi 10 mars 2026 à 10h30\nDurée : 1 heure\n\nBien cordialement,\nPriya Shah",
    });
    const extraction = extractMessage(facts, IDENTITY);
    expect(extraction.interviewMinutes).toBe(60);
  });
});

describe("date and time rows in other languages", () => {
  it.each([
    [
      "Spanish",
      "Hola Sam:\n\nTe confirmo la entrevista final:\n\nFecha: miércoles, 11 de marzo de 2026\nHora: de 15:00 a 16:30 (hora de Madrid, CET)\n\nUn saludo,\nPriya Shah",
      "2026-03-11T15:00:00+01:00",
    ],
    [
      "German",
      "Hallo Sam,\n\nhiermit bestätige ich Ihr Vorstellungsgespräch:\n\nDatum: Mittwoch, 11. März 2026\nUhrzeit: 10:30 bis 11:30 Uhr (MEZ)\n\nViele Grüße\nPriya Shah",
      "2026-03-11T10:30:00+01:00",
    ],
  ])("joins a %s date row and its time row, reading the range's start", (_what, body, want) => {
    const facts = sampleFacts({ subject: "Entrevista / Vorstellungsgespräch", body });
    expect(extractMessage(facts, IDENTITY).interviewAt).toBe(want);
  });
});

describe("kind wording", () => {
  it("reads a typographic apostrophe like a plain one", () => {
    const facts = sampleFacts({
      subject: "Your application",
      body: "Dear Sam,\n\nAfter careful consideration, we won’t be progressing your application at this time.\n\nTalent Acquisition",
    });
    expect(extractMessage(facts, IDENTITY).kind).toBe("rejection");
  });

  it("reads 'won't be taking your application further' as a rejection", () => {
    const facts = sampleFacts({
      subject: "Your application",
      body: "Hi Sam,\n\nThe position has now been filled, so we won't be taking your application further.\n\nThe Northwind Team",
    });
    expect(extractMessage(facts, IDENTITY).kind).toBe("rejection");
  });
});

describe("an Outlook meeting sent as mail", () => {
  it("is a scheduled interview at its When: row, with the writer and who they name", () => {
    const facts = sampleFacts({
      subject: "Technical interview",
      body: "When: Tuesday, 10 March 2026 4:00 PM-5:30 PM. (UTC-05:00) Eastern Time (US & Canada)\nWhere: Microsoft Teams Meeting\n\nHi Sam,\n\nSending the invite for the technical interview for the Data Engineer role. It will be me and Rafe Colby from our platform team.\n\nBest,\nPriya Shah",
    });
    const extraction = extractMessage(facts, IDENTITY);
    expect(extraction.kind).toBe("interview_scheduled");
    // The Windows label gives Eastern's standard offset; 10 March 2026 is after the US change (8 March).
    expect(extraction.interviewAt).toBe("2026-03-10T16:00:00-04:00");
    expect(extraction.interviewers).toEqual(["Priya Shah", "Rafe Colby"]);
  });
});

describe("a sentence that opens with a phrase and a colon", () => {
  it("joins its wrapped line like any prose", () => {
    const text =
      "Good news: you're confirmed for your first-round call for the Senior\nPlanner, Nordics role on Friday.";
    expect(joinWrappedLines(text)).toBe(text.replace("\n", " "));
  });

  it("keeps label rows apart", () => {
    const text = "Date: Friday, March 13, 2026 at 11:00 AM Eastern Time in the office\nTime: 11:00";
    expect(joinWrappedLines(text)).toBe(text);
  });
});

describe("a sales region after a title's comma", () => {
  it("stays in the title even where the text names the region again", () => {
    const facts = sampleFacts({
      subject: "Confirmed: Northwind - Solutions Engineer, EMEA - round 2",
      body: "Hi Sam,\n\nYou're confirmed for Thursday, March 12 at 10:00 AM ET. If that goes well, the final round is with our EMEA leadership.\n\nPriya",
    });
    expect(extractMessage(facts, IDENTITY).role).toBe("Solutions Engineer, EMEA");
  });
});

describe("a slot the writer fixed", () => {
  it("reads 'I've locked in' as scheduled, at the slot, not at the slides' due time", () => {
    const facts = sampleFacts({
      subject: "Final stage",
      body: "Hi Sam,\n\nGreat news - the panel would like to meet you for the final stage. I've locked in:\n\nThursday 12 March, 1:00pm ET\nDuration: 90 minutes\n\nThe Teams link will follow in a separate calendar invite.\n\nCould you please send your slide deck to me by Wednesday midday so the panel can review it beforehand?\n\nPriya",
    });
    const extraction = extractMessage(facts, IDENTITY);
    expect(extraction.kind).toBe("interview_scheduled");
    expect(extraction.interviewAt).toBe("2026-03-12T13:00:00-04:00");
  });

  it("reads a Dutch move to a new day from its 'naar' day", () => {
    const facts = sampleFacts({
      subject: "Je gesprek",
      body: "Hoi Sam,\n\nHelaas moeten we je gesprek verzetten. Het gesprek is daarom verplaatst van dinsdag 10 maart naar donderdag 12 maart, van 11:00 tot 12:00 uur, op ons kantoor.\n\nGroet,\nPriya",
    });
    const extraction = extractMessage(facts, IDENTITY);
    expect(extraction.kind).toBe("interview_scheduled");
    expect(extraction.interviewAt?.slice(0, 16)).toBe("2026-03-12T11:00");
  });
});

describe("offers in other words", () => {
  it.each([
    [
      "a verbal offer put in writing",
      "To put in writing what I said on the phone: we'd like you to join Northwind Labs as Lead Data Engineer. The formal letter will come from our People team in the next couple of days.",
    ],
    [
      "a portal notice",
      "Congratulations! You have a new offer to review in the candidate portal. Please log in to review the details of your offer and to accept or decline it online.",
    ],
  ])("reads %s as an offer", (_what, body) => {
    const facts = sampleFacts({ subject: "Next steps", body: `Hi Sam,\n\n${body}\n\nPriya` });
    expect(extractMessage(facts, IDENTITY).kind).toBe("offer");
  });

  it("does not read 'we'd like you to join us for a call' as an offer", () => {
    const facts = sampleFacts({
      subject: "Next steps",
      body: "Hi Sam,\n\nWe'd like you to join us for a final round with our CTO. Could you send me your availability for next week?\n\nPriya",
    });
    expect(extractMessage(facts, IDENTITY).kind).toBe("interview_invite");
  });
});

describe("an offer to sign by a day", () => {
  it("reads 'review and sign your offer by EOD tomorrow' as the answer deadline", () => {
    const facts = sampleFacts({
      subject: "Your offer",
      body: "Hi Sam,\n\nCongratulations! Northwind has sent you an offer for the Data Engineer position.\n\nWe kindly ask that you review and sign your offer by EOD tomorrow (Eastern).\n\nNorthwind Talent",
    });
    expect(extractMessage(facts, IDENTITY).respondBy).toBe("2026-03-03");
  });
});

describe("clock ranges in other languages", () => {
  it.each([
    ["Hora: de 15:00 a 16:30 (hora de Madrid)", "2026-03-11T15:00:00+01:00", 90],
    ["Uhrzeit: 10:30 bis 11:30 Uhr", "2026-03-11T10:30:00+01:00", 60],
    ["donderdag, van 11:00 tot 12:00 uur", "2026-03-11T11:00:00+01:00", 60],
  ])("reads '%s'", (line, start, minutes) => {
    expect(interviewMinutes(sampleFacts({ body: `Details:\n${line}\n` }), start)).toBe(minutes);
  });
});

describe("who the owner meets, in other languages", () => {
  const context = { employer: "Northwind", sender: { name: "Priya Shah", address: "priya.shah@northwind.io" } };
  it.each([
    ["Participants : Lucien Morel (Lead Data Engineer) et Inès Caron (Data Architect)", ["Lucien Morel", "Inès Caron"]],
    [
      "Ihre Gesprächspartner sind Dr. Jana Vogt (Head of Data) und Malte Brandt (Data Engineer).",
      ["Jana Vogt", "Malte Brandt"],
    ],
    ["Vous rencontreriez Jean-Luc Pelletier, directeur Données.", ["Jean-Luc Pelletier"]],
  ])("reads '%s'", (line, want) => {
    expect(interviewersOf(sampleFacts({ body: `Bonjour,\n\n${line}\n` }), context)).toEqual(want);
  });
});

describe("a fixed time whose calendar invite follows", () => {
  it("is a scheduled interview", () => {
    const facts = sampleFacts({
      subject: "Your application",
      body: "Hi Sam,\n\nWe would like to invite you to a video interview on Wednesday, 11 March 2026 at 15:00. You will meet Rafe Colby, our Engineering Manager. The link follows in a separate calendar invitation.\n\nBest regards\nPriya Shah",
    });
    const extraction = extractMessage(facts, IDENTITY);
    expect(extraction.kind).toBe("interview_scheduled");
    // The sample's bare -0500 is the New York owner's own offset: their clock, -04:00 after 8 March.
    expect(extraction.interviewAt).toBe("2026-03-11T15:00:00-04:00");
  });
});

describe("a length and a tool before 'with'", () => {
  it("reads '45 minutes on Zoom with X, title'", () => {
    const context = { employer: "Northwind", sender: { name: "Priya Shah", address: "priya.shah@northwind.io" } };
    const facts = sampleFacts({
      body: "Round 3 is confirmed:\n  Thursday 12 March, 10:00 AM ET\n  45 minutes on Zoom with Dora Quaile, VP Engineering\n",
    });
    expect(interviewersOf(facts, context)).toEqual(["Dora Quaile"]);
  });
});

describe("a task's due time against the meeting's", () => {
  it("keeps a meeting sentence that sends the invite by email", () => {
    const facts = sampleFacts({
      subject: "Interview confirmed",
      body: "Hi Sam,\n\nYour interview is confirmed. I'll send you the meeting invite by email for Thursday, March 12 at 3:00 PM ET.\n\nPriya",
    });
    expect(extractMessage(facts, IDENTITY).interviewAt).toBe("2026-03-12T15:00:00-04:00");
  });
});
