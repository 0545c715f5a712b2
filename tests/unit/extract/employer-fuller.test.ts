// The fuller name a company writes or signs with wins over a shorter form read from a subject, a
// domain or a sender (issue 9); mail that is not about a job names no employer. Invented names.
import { describe, expect, it } from "vitest";
import { readEmail } from "../../../functions/app/read-message";
import { canonicalCompany } from "../../../functions/domain/extract/company-names";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { registeredFullerForm } from "../../../functions/domain/extract/employer-forms";
import { isEventRegistration } from "../../../functions/domain/extract/event-mail";
import { extractWithEvidence } from "../../../functions/domain/extract/extract";
import { OWNER, sampleFacts } from "./sample-facts";

const identity = { messageId: "<t@example.test>", originalDate: "2026-03-02T15:00:00.000Z" };

describe("a domain that spells the name with an industry word, written with one more", () => {
  it("takes the fuller written form (a booking confirmation)", () => {
    const facts = sampleFacts({
      from: { name: "Quokka Talent Bookings", address: "bookings@quokkamutual.com.au" },
      subject: "Your booking is confirmed: Panel interview",
      body: "Hello Sam,\n\nYour booking with Quokka Mutual Assurance has been confirmed.\n\nPanel interview\nTuesday, 17 March 2026",
    });
    expect(extractEmployer(facts, false).name).toBe("Quokka Mutual");
    const insured = sampleFacts({
      ...facts,
      body: "Hello Sam,\n\nYour booking with Quokka Mutual Insurance has been confirmed.\n\nPanel interview",
    });
    expect(extractEmployer(insured, false).name).toBe("Quokka Mutual Insurance");
  });

  it("takes the fuller form the owner writes in an outgoing acceptance", () => {
    const facts = sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [{ name: "Ines Varga", address: "ines.varga@tarncloud.io" }],
      subject: "Re: Offer of employment",
      body: "Dear Ines,\n\nI am happy to accept the position of Platform Engineer\nat Tarn Cloud Labs, starting 1 May.\n\nRegards,\nSam",
    });
    expect(extractEmployer(facts, true).name).toBe("Tarn Cloud Labs");
  });

  it("keeps the short form when the longer one adds a group or holding word", () => {
    const facts = sampleFacts({
      from: { name: "Ines Varga", address: "ines.varga@tarncapital.com" },
      subject: "Tarn Capital - next steps",
      body: "Hi Sam,\n\nThanks for meeting Tarn Capital. Tarn Capital Holdings is our parent.\n\nInes\nTalent Partner | Tarn Capital",
    });
    expect(extractEmployer(facts, false).name).toBe("Tarn Capital");
  });
});

describe("a group's domain written with one more word", () => {
  it("keeps the group's name: the group signs for its companies", () => {
    const facts = sampleFacts({
      from: { name: "Ada Lowe", address: "ada.lowe@reefgroup.com.au" },
      subject: "Your offer",
      body: "Hi Sam,\n\nPlease find your offer attached.\n\nAda Lowe\nPeople Partner\nReef Group Services",
    });
    expect(extractEmployer(facts, false).name).not.toBe("Reef Group Services");
  });

  it("keeps a complete domain name that a signature writes on its own", () => {
    const facts = sampleFacts({
      from: { name: "Ines Varga", address: "ines.varga@tarncloud.io" },
      subject: "Offer",
      body: "Hi Sam,\n\nWelcome aboard the Tarn Cloud Labs team soon!\n\nInes Varga\nTarn Cloud",
    });
    expect(extractEmployer(facts, false).name).toBe("Tarn Cloud");
  });
});

describe("a relay sending under the company's full name", () => {
  it("takes the relay's name when it adds a leading word to the domain's name", () => {
    const facts = sampleFacts({
      from: { name: "Grup Olivera Foods", address: "notificaciones@olivera.smartrecruiters-relay.com" },
      subject: "Tienes una nueva oferta pendiente",
      body: "Hola Sam:\n\nTe hemos enviado una oferta.\n\nEscribe a Nuria Vidal (nuria.vidal@oliverafoods.es).\n\nUn saludo,\nEquipo de Personas\nGrup Olivera Foods",
    });
    expect(extractEmployer(facts, false).name).toBe("Grup Olivera Foods");
  });
});

describe("a group's domain and the brand the text writes", () => {
  it("reads grupo<name> as the written name with its industry word", () => {
    const facts = sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [{ name: "Marta Gil", address: "marta.gil@grupotejo.es" }],
      subject: "Retirada de mi candidatura",
      body: "Hola Marta:\n\nGracias por el proceso de Analista en Tejo Seguros; retiro mi candidatura.\n\nUn saludo,\nSam",
    });
    expect(extractEmployer(facts, true).name).toBe("Tejo Seguros");
  });

  it("keeps the group when the text writes the group's name", () => {
    const facts = sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [{ name: "Marta Gil", address: "marta.gil@grupotejo.es" }],
      subject: "Retirada de mi candidatura",
      body: "Hola Marta:\n\nGracias por el proceso en Grupo Tejo; retiro mi candidatura.\n\nUn saludo,\nSam",
    });
    expect(extractEmployer(facts, true).name).toBe("Grupo Tejo");
  });
});

describe("a domain that writes the name's words in another order", () => {
  it("takes the order the company signs with", () => {
    const facts = sampleFacts({
      from: { name: "Chloé Roy", address: "chloe.roy@cedre-mutuelle.ca" },
      subject: "Confirmation de votre entrevue",
      body: "Bonjour Sam,\n\nJe vous confirme votre entrevue jeudi.\n\nChloé Roy\nConseillère, acquisition de talents\nMutuelle Cèdre inc.\nchloe.roy@cedre-mutuelle.ca",
    });
    expect(extractEmployer(facts, false).name).toBe("Mutuelle Cèdre");
  });

  it("does not reorder a label whose words the text never writes together", () => {
    const facts = sampleFacts({
      from: { name: "Chloé Roy", address: "chloe.roy@cedre-mutuelle.ca" },
      subject: "Confirmation de votre entrevue",
      body: "Bonjour Sam,\n\nJe vous confirme votre entrevue jeudi.\n\nChloé Roy",
    });
    expect(extractEmployer(facts, false).name).not.toBe("Mutuelle Cèdre");
  });
});

describe("registeredFullerForm", () => {
  it.each([
    ["Wharfside", "WHARFSIDE TIDAL ENERGY LIMITED\n12 Quay Road\n\nDear Sam,", "Wharfside Tidal Energy"],
    ["Wharfside", "Yours sincerely,\nMoira Kerr\nWharfside Tidal Energy Limited", "Wharfside Tidal Energy"],
    ["Kelp Mutual", "Dear Sam,\n\nKelp Mutual Insurance Ltd.\n4 Dock Street", "Kelp Mutual Insurance"],
    // Prose and a letterhead that goes on with an address are not the registered line.
    ["Wharfside", "employment with Wharfside Tidal Energy Limited on the terms below", null],
    ["Wharfside", "Wharfside Technologies Inc. | 500 Quay Street, Leith", null],
    ["Wharfside", "Wharfside House, 12 Quay Road\nWharfside Tidal Limited", null],
    ["Wharfside", "Wharfside Energy Group Limited", null],
    ["Skiff", "Skiff Technologies, Inc.\n2 Pier Road\n\nWe offer you the post of Designer at Skiff.", null],
    ["Wharfside", "Wharfside Tidal Energy\nwill send the contract", null],
  ])("%s in %j -> %s", (name, text, want) => {
    expect(registeredFullerForm(name, text)).toBe(want);
  });
});

describe("an offer letter's registered name", () => {
  it("lengthens a short signed name to the letter's registered name", () => {
    const facts = sampleFacts({
      from: { name: "Moira Kerr", address: "moira.kerr@wharfsideenergy.co.uk" },
      subject: "Your offer from Wharfside",
      body: "Hi Sam,\n\nYour offer letter is attached.\n\nMoira Kerr\nTalent Acquisition Manager | Wharfside",
      attachments: [
        {
          filename: "Offer.txt",
          mimeType: "text/plain",
          textSample:
            "Wharfside Tidal Energy Limited\n12 Quay Road, Leith\n\nDear Sam,\n\nWe are pleased to offer you the position of Engineer.\n\nWharfside Tidal Energy Limited",
        },
      ],
    });
    expect(extractWithEvidence(facts, identity).extraction.employer).toBe("Wharfside Tidal Energy");
  });
});

describe("a name written in capitals", () => {
  it("drops a capitalised legal form", () => {
    expect(canonicalCompany("TŌTARA WORKS LIMITED")).toBe("TŌTARA WORKS");
  });

  it("takes the text's mixed-case form of a letterhead in capitals", () => {
    const facts = sampleFacts({
      from: { name: "Rewi Hona", address: "rewi.hona@totaraworks.co.nz" },
      subject: "Your letter of offer",
      body: "Kia ora Sam,\n\nPlease find your letter attached.\n\nRewi",
      attachments: [
        {
          filename: "Offer.txt",
          mimeType: "text/plain",
          textSample:
            "TŌTARA WORKS LIMITED\n4 Flax Lane, Auckland\n\nDear Sam,\n\nWe are pleased to offer you employment with Tōtara Works Limited as Designer.",
        },
      ],
    });
    expect(extractWithEvidence(facts, identity).extraction.employer).toBe("Tōtara Works");
  });
});

describe("event registration mail", () => {
  const meetup = sampleFacts({
    from: { name: "Harbour Robotics Network", address: "events@harbourrobotics.example" },
    subject: "You're registered: Careers in Robotics evening, 12 May",
    body: "Hi Sam,\n\nYou're registered for Careers in Robotics, Tuesday 12 May 2026, 18:30-20:30 at the Dock Hall.\n\nSpeakers include talent leads from Pylon Robotics Systems, who will talk about interview preparation and how offers are structured.\n\nDoors open at 18:00. Bring your ticket on your phone.\n\nHarbour Robotics Network",
  });

  it("is recognised as a registration", () => {
    expect(isEventRegistration(meetup.subject, meetup.body)).toBe(true);
    expect(
      isEventRegistration("Webinar registration confirmed", "Thanks for registering for our webinar on Thursday."),
    ).toBe(true);
  });

  it("is other, with no employer and no contact", () => {
    const { extraction } = extractWithEvidence(meetup, identity);
    expect(extraction.kind).toBe("other");
    expect(extraction.employer).toBeNull();
    expect(extraction.contactEmail).toBeNull();
  });

  it.each([
    [
      "Interview confirmed: Thursday 12 May",
      "Hi Sam,\n\nYou're registered for your interview with Pylon Robotics on Thursday 12 May at 10:00. Please bring photo ID.",
    ],
    [
      "Your assessment centre booking",
      "Hi Sam,\n\nYou are registered for the assessment centre for the Graduate Engineer role on 3 June.",
    ],
    [
      "Welcome to Pylon Robotics careers",
      "Hi Sam,\n\nYour registration is complete. You can now apply for roles and manage your profile.",
    ],
    [
      "Offer of employment",
      "Hi Sam,\n\nWe are delighted to offer you the role. Please also register for our onboarding webinar.",
    ],
  ])("is not read into job mail: %s", (subject, body) => {
    expect(isEventRegistration(subject, body)).toBe(false);
  });
});

describe("a phone forward that pasted the message without its header block", () => {
  const raw = (subject: string, text: string) =>
    new TextEncoder().encode(
      [
        "From: Sam Rivera <sam.rivera@gmail.com>",
        "To: jobs@in.samrivera.dev",
        `Subject: ${subject}`,
        "Date: Wed, 12 May 2027 13:37:00 +1200",
        "Message-ID: <pasted-1@gmail.com>",
        "Content-Type: text/plain; charset=utf-8",
        "",
        text,
      ].join("\r\n"),
    );
  const pasted = [
    "ugh",
    "",
    "Sent from my iPhone",
    "",
    "Kia ora Sam,",
    "",
    "Thank you for interviewing with us for the Pricing Analyst role. Unfortunately we have decided not to take your application further on this occasion.",
    "",
    "If you would like feedback, just reply to nina.hale@kauriharbour.co.nz.",
    "",
    "Nina Hale",
    "Talent Acquisition, Kauri Harbour Trading",
  ].join("\r\n");
  const ctx = { ownerAddresses: [OWNER], timezone: "Pacific/Auckland", inboxAddress: "jobs@in.samrivera.dev" };

  it("reads the pasted message, its company from the signature", async () => {
    const email = await readEmail(raw("Fwd: Pricing Analyst application", pasted), ctx);
    expect(email.outer.forward).toBe("inline");
    expect(email.ownerText).toBe("ugh");
    expect(email.extraction.kind).toBe("rejection");
    expect(email.extraction.employer).toBe("Kauri Harbour Trading");
    expect(email.extraction.contactEmail).toBe("nina.hale@kauriharbour.co.nz");
  });

  it("is not read into a note without a forward subject or without a pasted message", async () => {
    expect((await readEmail(raw("Pricing Analyst application", pasted), ctx)).outer.forward).toBe("none");
    const short = await readEmail(raw("Fwd: thoughts", "status please\r\n\r\nSent from my iPhone"), ctx);
    expect(short.outer.forward).toBe("none");
  });
});

describe("evidence of a doubt of form", () => {
  it("says when the message writes a longer form than the name read", () => {
    const facts = sampleFacts({
      from: { name: "Wei Tan", address: "wei.tan@lanternsearch.sg" },
      subject: "Kelp Pacific - references",
      body: "Hi Sam,\n\nKelp Pacific gave very positive feedback on the final round with the CTO.\n\nWei",
      quoted: "Sam, the Kelp Pacific Bank panel is on Monday at the Harbour Street office.",
    });
    const guess = extractEmployer(facts, false);
    expect(guess.name).toBe("Kelp Pacific");
    expect(guess.evidence.longer_written).toBe(1);
  });

  it("says when the company's domain spells more than the name", () => {
    const facts = sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [{ name: "Moira Kerr", address: "moira.kerr@wharfsideenergy.co.uk" }],
      subject: "RE: Your offer from Wharfside",
      body: "Hi Moira,\n\nThanks again for the offer. Could the deadline move to Tuesday?\n\nSam",
    });
    const guess = extractEmployer(facts, true);
    expect(guess.name).toBe("Wharfside");
    expect(guess.evidence.short_of_domain).toBe(1);
    expect(guess.evidence.longer_written).toBe(0);
  });

  it("has neither doubt for a name the domain spells whole", () => {
    const facts = sampleFacts({
      from: { name: "Moira Kerr", address: "moira.kerr@wharfsideenergy.co.uk" },
      subject: "Your offer",
      body: "Hi Sam,\n\nYour offer is attached.\n\nMoira Kerr\nTalent Partner | Wharfside Energy",
    });
    const guess = extractEmployer(facts, false);
    expect(guess.name).toBe("Wharfside Energy");
    expect(guess.evidence.short_of_domain).toBe(0);
    expect(guess.evidence.longer_written).toBe(0);
  });
});

describe("a group's recruiter writing of the brand's own people", () => {
  it("names the brand, not the group", () => {
    const facts = sampleFacts({
      from: { name: "Lena Ortiz", address: "lena.ortiz@marramgroup.com" },
      subject: "Update on the Data Engineer search",
      body: "Hi Sam,\n\nDunefield Health's leadership has put new hires on a short hold while budgets are set across Marram Group.\n\nLena",
    });
    expect(extractEmployer(facts, false).name).toBe("Dunefield Health");
  });

  it("keeps the group when the possessive is the group's own", () => {
    const facts = sampleFacts({
      from: { name: "Lena Ortiz", address: "lena.ortiz@marramgroup.com" },
      subject: "Update on the Data Engineer search",
      body: "Hi Sam,\n\nMarram Group's leadership has put new hires on a short hold.\n\nLena",
    });
    expect(extractEmployer(facts, false).name).toBe("Marram Group");
  });
});

describe("a registered name with a Singapore legal form", () => {
  it("reads the footer's name without 'Pte. Ltd.'", () => {
    const facts = sampleFacts({
      from: null,
      subject: "Update on your application",
      body: "Hi Sam,\n\nThe position has now been filled.\n\nKind regards,\nThe team\n\nKumquat Health Pte. Ltd. · 1 Science Park Road, Singapore",
    });
    expect(extractEmployer(facts, false).name).toBe("Kumquat Health");
  });
});

describe("a company named with a level word", () => {
  it("is the name its own domain spells", () => {
    const facts = sampleFacts({
      from: { name: "Kai Mori", address: "kai.mori@joinstaff.com" },
      subject: "Staff | Product Analyst – an update",
      body: "Hi Sam,\n\nThank you for your interest in Staff. The position has been filled.\n\nKai Mori\nTalent Partner | Staff",
    });
    expect(extractEmployer(facts, false).name).toBe("Staff");
  });

  it("is the relay's name when the reply address's domain spells it", () => {
    const facts = sampleFacts({
      from: { name: "Principal Surveyors", address: "no-reply@teamtailor-mailer.io" },
      replyTo: [{ name: "Ana Goh", address: "ana.goh@principalsurveyors.sg" }],
      subject: "Your offer from Principal Surveyors",
      body: "Dear Sam,\n\nOn behalf of everyone at Principal Surveyors, I am pleased to offer you the position.\n\nAna Goh",
    });
    expect(extractEmployer(facts, false).name).toBe("Principal Surveyors");
  });

  it("is still a title where no domain spells it", () => {
    const facts = sampleFacts({
      from: { name: "Kai Mori", address: "kai.mori@harbourfreight.com" },
      subject: "Principal Engineer – an update",
      body: "Hi Sam,\n\nThanks for your time on the Principal Engineer loop.\n\nKai Mori\nHarbour Freight",
    });
    expect(extractEmployer(facts, false).name).toBe("Harbour Freight");
  });
});

describe("an agency's client in another language", () => {
  it.each([
    ["Nuestro cliente, Agave Logística, revisó tu perfil y quiere entrevistarte.", "Agave Logística"],
    ["Notre client, Mésange Assurances, souhaite vous rencontrer.", "Mésange Assurances"],
    ["Unser Kunde Kranich Logistik möchte Sie kennenlernen.", "Kranich Logistik"],
    ["Onze klant Reiger Verzekeringen wil graag kennismaken.", "Reiger Verzekeringen"],
  ])("%s", (sentence, want) => {
    const facts = sampleFacts({
      from: { name: "Ana Ruiz", address: "ana.ruiz@picotalento.mx" },
      subject: "Oportunidad",
      body: `Hola Sam:\n\n${sentence}\n\nAna Ruiz\nConsultora | Pico Talento`,
    });
    expect(extractEmployer(facts, false).name).toBe(want);
  });
});

describe("a group's recruiter hiring for a brand", () => {
  it("names the brand when the recruiter signs for the group", () => {
    const facts = sampleFacts({
      from: { name: "Joan Leroy", address: "joan.leroy@birchwoodmedia.com" },
      subject: "Kestrel – Product Designer: your call",
      body: "Hi Sam,\n\nI'm a recruiter on the Birchwood Media talent team, and I look after hiring for Kestrel, our travel app.\n\nJoan Leroy\nTalent Partner, Birchwood Media Group",
    });
    expect(extractEmployer(facts, false).name).toBe("Kestrel");
  });

  it("keeps the company whose own recruiter is hiring for a team", () => {
    const facts = sampleFacts({
      from: { name: "Joan Leroy", address: "joan.leroy@birchwoodmedia.com" },
      subject: "Product Designer: your call",
      body: "Hi Sam,\n\nI'm hiring for Birchwood Media's design team.\n\nJoan Leroy\nTalent Partner, Birchwood Media",
    });
    expect(extractEmployer(facts, false).name).toBe("Birchwood Media");
  });
});

describe("an agency consultant writing of the client", () => {
  const consultant = (subject: string, body: string, quoted = "") =>
    sampleFacts({
      from: { name: "Piotr Nowak", address: "piotr.nowak@cairnline.pl" },
      subject,
      body: `${body}\n\nPiotr Nowak\nSenior Consultant\nCairnline Partners – Executive Search & Interim`,
      quoted,
    });

  it("names the client that wants to make an offer, in the form its forwarded mail signs", () => {
    const facts = consultant(
      "FW: Offer – Head of QA",
      "Hi Sam,\n\ngreat news! Birchmont want to make you an offer for the Head of QA role.\n\nPiotr",
      "From: Ewa Lis <e.lis@birchmont.pl>\nSubject: Offer\n\nWe would like to offer Sam the role.\n\nEwa Lis\nHR Business Partner\nBirchmont Bank S.A.",
    );
    expect(extractEmployer(facts, false).name).toBe("Birchmont Bank");
  });

  it("names the client whose interview the subject confirms", () => {
    const facts = consultant(
      "Confirmed: Fernhill Analytics interview, Wed 6 May 14:00",
      "Hi Sam,\n\nAll confirmed with Fernhill. Details below.\n\nPiotr",
    );
    expect(extractEmployer(facts, false).name).toBe("Fernhill Analytics");
  });

  it("does not take 'Everyone' for the client", () => {
    const facts = consultant(
      "Quarry Bay Hotels - next round",
      "Dear Sam,\n\nGreat feedback. Everyone has agreed you should meet the CFO of Quarry Bay Hotels next week.",
    );
    expect(extractEmployer(facts, false).name).toBe("Quarry Bay Hotels");
  });

  it("does not take a pronoun for the client", () => {
    const facts = consultant(
      "Quarry Bay Hotels - offer",
      "Dear Sam,\n\nQuarry Bay Hotels would like to offer you the role. They have asked for your decision within 72 hours.",
    );
    expect(extractEmployer(facts, false).name).toBe("Quarry Bay Hotels");
  });
});
