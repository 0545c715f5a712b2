// The contact address on fresh mail: a Reply-To kept in a forwarded header block (in the client's
// language), relay and booking mailboxes, team mailboxes written in a display form or in another
// language, and senders that say nobody reads replies. Every name, domain and address is invented.
import { describe, expect, it } from "vitest";
import { readEmail } from "../../../functions/app/read-message";
import { extractContact, unmonitoredAddresses } from "../../../functions/domain/extract/contact";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { domainLabel, isRobotAddress, isSharedMailbox } from "../../../functions/domain/senders";
import { findInlineForward } from "../../../functions/mail/forward-blocks";
import { OWNER, sampleFacts } from "./sample-facts";

function forwarded(lines: string[]): Uint8Array {
  const raw = [
    `From: Sam Rivera <${OWNER}>`,
    "To: jobs@inbox.samrivera.example",
    "Date: Tue, 9 Mar 2027 09:00:00 +0100",
    "Subject: Fwd: your application",
    "Message-ID: <fresh-contact-1@gmail.com>",
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="utf-8"',
    "",
    ...lines,
  ].join("\r\n");
  return new TextEncoder().encode(raw);
}

const read = (lines: string[]) => readEmail(forwarded(lines), { ownerAddresses: [OWNER], timezone: "Europe/Berlin" });

describe("a Reply-To in a forwarded header block", () => {
  it("is read as the original's Reply-To, not as one more To recipient", () => {
    const block = findInlineForward(
      [
        "Begin forwarded message:",
        "",
        'From: "Orchard Vale" <no-reply@vendor.example>',
        "Subject: Next steps",
        "Date: March 8, 2027 at 7:05:12 AM MST",
        `To: Sam Rivera <${OWNER}>`,
        "Reply-To: Ines Halvorsen <ines.halvorsen@orchardvale.example>",
        "",
        "Hi Sam,",
      ].join("\n"),
    );
    expect(block?.headers.to).toBe(`Sam Rivera <${OWNER}>`);
    expect(block?.headers.replyTo).toBe("Ines Halvorsen <ines.halvorsen@orchardvale.example>");
  });

  it.each([
    ["Dutch", "Antwoord aan"],
    ["German", "Antwort an"],
    ["French", "Répondre à"],
    ["Spanish", "Responder a"],
  ])("reads the %s label (%s)", (_language, label) => {
    const block = findInlineForward(
      [
        "Begin forwarded message:",
        "",
        'From: "Orchard Vale" <no-reply@vendor.example>',
        "Date: 8 March 2027 at 07:05",
        `To: Sam Rivera <${OWNER}>`,
        `${label}: Ines Halvorsen <ines.halvorsen@orchardvale.example>`,
        "",
        "Hi Sam,",
      ].join("\n"),
    );
    expect(block?.headers.to).toBe(`Sam Rivera <${OWNER}>`);
    expect(block?.headers.replyTo).toBe("Ines Halvorsen <ines.halvorsen@orchardvale.example>");
  });

  it("leaves a block without one as it was", () => {
    const block = findInlineForward(
      [
        "---------- Forwarded message ---------",
        "From: Ines Halvorsen <ines.halvorsen@orchardvale.example>",
        "Date: Mon, Mar 8, 2027 at 10:30 AM",
        "Subject: Next steps",
        `To: Sam Rivera <${OWNER}>`,
        "",
        "Hi Sam,",
      ].join("\n"),
    );
    expect(block?.headers.replyTo).toBeUndefined();
  });

  it("makes the recruiter behind an ATS robot the contact", async () => {
    const email = await read([
      "Begin forwarded message:",
      "",
      'From: "Orchard Vale Systems" <no-reply@eu.greenhouse-relay.io>',
      "Subject: Orchard Vale Systems - share your availability",
      "Date: March 8, 2027 at 7:05:12 AM MST",
      `To: Sam Rivera <${OWNER}>`,
      "Reply-To: Ines Halvorsen <ines.halvorsen@orchardvale.example>",
      "",
      "Hi Sam,",
      "",
      "The next step for the Platform Engineer role is a 60-minute technical interview. Could you share your availability for next week using the link below?",
      "",
      "https://app.greenhouse-relay.io/availability/x1",
      "",
      "Thanks,",
      "Ines Halvorsen",
      "Talent Partner",
    ]);
    expect(email.extraction.contactEmail).toBe("ines.halvorsen@orchardvale.example");
    expect(email.facts?.to.map((p) => p.address)).toEqual([OWNER]);
  });
});

describe("relay and booking mailboxes", () => {
  it.each([
    "invites@eu.greenhouse-relay.io",
    "anna.berg.x9k2@reply.join-relay.io",
    "orchard-vale@teamtailor-mailer.io",
    "acme-co-4k2j1@workablemail.co",
    "jobs@acme.personio-mail.io",
  ])("%s is a vendor's relay", (address) => {
    expect(isRobotAddress(address)).toBe(true);
  });

  it.each(["ines@relaylogistics.example", "tom@mailerbrothers.example", "ana@acme-mail.example"])(
    "%s is not: no vendor's name in the domain",
    (address) => {
      expect(isRobotAddress(address)).toBe(false);
    },
  );

  it("reads a Microsoft tenant domain as the organisation it names", () => {
    expect(domainLabel("fernhill.onmicrosoft.com")).toBe("fernhill");
    expect(domainLabel("mail.fernhill.co.uk")).toBe("fernhill");
  });

  it("prefers the address a booking confirmation asks to write to over its bookings mailbox", () => {
    const facts = sampleFacts({
      from: { name: "Fernhill Dental Group", address: "bookings@fernhilldental.onmicrosoft.com" },
      body: "Your booking with Fernhill Dental Group is confirmed.\n\nIf you need to make changes, please contact careers@fernhilldental.example at least 24 hours before.",
    });
    expect(extractContact(facts, false, null).email).toBe("careers@fernhilldental.example");
  });

  it("keeps a bookings mailbox when the message names no other address", () => {
    const facts = sampleFacts({
      from: { name: "Fernhill Dental Group", address: "bookings@fernhilldental.onmicrosoft.com" },
      body: "Your booking with Fernhill Dental Group is confirmed.",
    });
    expect(extractContact(facts, false, null).email).toBe("bookings@fernhilldental.onmicrosoft.com");
  });
});

describe("team mailboxes", () => {
  it("reads a mailbox named after its display name's team word as shared", () => {
    expect(isSharedMailbox("fernhilldentalcareers@fernhilldental.example", "Fernhill Dental Careers")).toBe(true);
    expect(isSharedMailbox("olabergstrom@fernhilldental.example", "Ola Bergström")).toBe(false);
    expect(isSharedMailbox("bookings@fernhill.onmicrosoft.com")).toBe(true);
  });

  it.each(["recrutement", "karriere", "bewerbung", "empleo", "werving", "rekrytering"])(
    "reads %s@ as a team mailbox",
    (local) => {
      expect(isSharedMailbox(`${local}@fernhill.example`)).toBe(true);
    },
  );

  it("prefers the careers mailbox the body names over the team's display-form sender", () => {
    const facts = sampleFacts({
      from: { name: "Fernhill Dental Careers", address: "fernhilldentalcareers@fernhilldental.example" },
      body: "Thank you for booking with Fernhill Dental Careers. If anything comes up, email careers@fernhilldental.example and we will help.",
    });
    expect(extractContact(facts, false, "fernhilldental.example").email).toBe("careers@fernhilldental.example");
  });

  it("prefers the recruiter who signs over a French team mailbox sender", () => {
    const facts = sampleFacts({
      from: { name: "Équipe Recrutement Brise Claire", address: "recrutement@briseclaire.example" },
      body: "Bonjour Sam,\n\nNous confirmons votre entretien.\n\nCordialement,\nMaëlle Garnier\nChargée de recrutement\nmaelle.garnier@briseclaire.example",
    });
    expect(extractContact(facts, false, "briseclaire.example").email).toBe("maelle.garnier@briseclaire.example");
  });

  it("keeps a person who writes from a personal address in display form", () => {
    const facts = sampleFacts({
      from: { name: "Ola Bergström", address: "olabergstrom@fernhilldental.example" },
      body: "Hi Sam, happy to chat on Tuesday. Our careers page is at careers@fernhilldental.example too.",
    });
    expect(extractContact(facts, false, "fernhilldental.example").email).toBe("olabergstrom@fernhilldental.example");
  });

  it("keeps a person who sends and mentions the team mailbox", () => {
    const facts = sampleFacts({
      from: { name: "Maëlle Garnier", address: "maelle.garnier@briseclaire.example" },
      body: "Bonjour Sam, vous pouvez aussi écrire à recrutement@briseclaire.example.",
    });
    expect(extractContact(facts, false, "briseclaire.example").email).toBe("maelle.garnier@briseclaire.example");
  });
});

describe("senders that say nobody reads replies", () => {
  it("drops a careers sender whose footer says the mail was automatic and not to reply", () => {
    const facts = sampleFacts({
      from: { name: "", address: "careers@e-mail.fernhill.example" },
      body: "Dear Sam,\n\nwe will not be able to consider your application any further.\n\nYour Recruiting Team\n\n--\nThis email was sent automatically. Please do not reply.",
    });
    expect(extractContact(facts, false, null).email).toBeNull();
  });

  it("keeps the sender when 'do not reply' is about a deadline", () => {
    const facts = sampleFacts({
      from: { name: "Ines Halvorsen", address: "ines.halvorsen@orchardvale.example" },
      body: "Hi Sam, if you do not reply by Friday we will offer the slot to someone else.",
    });
    expect(extractContact(facts, false, null).email).toBe("ines.halvorsen@orchardvale.example");
  });

  it("does not mark a body address unread for a deadline sentence", () => {
    expect(
      unmonitoredAddresses("If you do not reply by Friday, write to ines.halvorsen@orchardvale.example instead.").size,
    ).toBe(0);
  });
});

describe("the name that goes with the address", () => {
  it("takes the signed name the address spells, not the company line just above it", () => {
    const facts = sampleFacts({
      from: { name: "Équipe Recrutement Brise Claire", address: "recrutement@briseclaire.example" },
      body: "Cordialement,\nMaëlle Garnier\nChargée de recrutement\nBrise Claire SAS\nmaelle.garnier@briseclaire.example",
    });
    expect(extractContact(facts, false, "briseclaire.example")).toMatchObject({
      email: "maelle.garnier@briseclaire.example",
      name: "Maëlle Garnier",
    });
  });

  it("gives a team mailbox named in the body no person's name", () => {
    const facts = sampleFacts({
      from: { name: "Fernhill Dental Careers", address: "fernhilldentalcareers@fernhilldental.example" },
      body: "Your interview with Ola Bergström is booked. Questions? Write to careers@fernhilldental.example.",
    });
    expect(extractContact(facts, false, "fernhilldental.example")).toMatchObject({
      email: "careers@fernhilldental.example",
      name: null,
    });
  });
});

describe("a recruiter's relay address", () => {
  it("names the company in brackets after her name, and is no contact", () => {
    const facts = sampleFacts({
      from: { name: "Anna Berg (Orchard Vale)", address: "anna.berg.x9k2@reply.join-relay.io" },
      subject: "Ihre Bewerbung: Backend-Entwickler (m/w/d)",
      body: "Hallo Sam,\n\nleider wurde die Stelle auf Eis gelegt.\n\nViele Grüße\nAnna Berg\nPeople & Culture\nOrchard Vale GmbH",
    });
    expect(extractEmployer(facts, false).name).toBe("Orchard Vale");
    expect(extractContact(facts, false, null).email).toBeNull();
  });
});

describe("mailboxes that are never the person to answer", () => {
  it.each(["privacy@fernhill.example", "datenschutz@fernhill.example", "unsubscribe@mail.fernhill.example"])(
    "%s is a robot",
    (address) => {
      expect(isRobotAddress(address)).toBe(true);
    },
  );

  it("leaves a data-protection footer address out of a team sender's pointers", () => {
    const facts = sampleFacts({
      from: { name: "Fernhill Careers", address: "careers@fernhill.example" },
      body: "Thank you for applying. We will be in touch within two weeks.\n\n--\nQuestions about your data? privacy@fernhill.example",
    });
    expect(extractContact(facts, false, "fernhill.example").email).toBe("careers@fernhill.example");
  });
});
