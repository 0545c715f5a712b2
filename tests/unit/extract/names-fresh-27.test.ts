// Names and contacts a fresh set misread (issue 9): legal forms of countries the language tables
// leave out ("SpA", "A/S", "s.r.o."), the owner's reply that names the company by a bare short word,
// an agency that keeps its client unnamed, and a booking page's "Interviews" mailbox over the person
// its text names. Made-up companies, people and wording throughout; positives and negatives.
import { describe, expect, it } from "vitest";
import { canonicalCompany, endsInLegalForm } from "../../../functions/domain/extract/company-names";
import { extractContact } from "../../../functions/domain/extract/contact";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { isSharedMailbox } from "../../../functions/domain/senders";
import { OWNER, sampleFacts } from "./sample-facts";

describe("legal forms of every country an owner may deal with", () => {
  it.each([
    ["Quebrada Textil SpA", "Quebrada Textil"],
    ["Lagunare Sistemi S.p.A.", "Lagunare Sistemi"],
    ["Fjellrev Data AS", "Fjellrev Data"],
    ["Havgrim ASA", "Havgrim"],
    ["Kvarnby Digital A/S", "Kvarnby Digital"],
    ["Suomensalo Oyj", "Suomensalo"],
    ["Vltavka Software s.r.o.", "Vltavka Software"],
    ["Tiszapart Kft.", "Tiszapart"],
    ["Savinja Logistika d.o.o.", "Savinja Logistika"],
    ["Kadaka Tarkvara OÜ", "Kadaka Tarkvara"],
    ["Nerisa Duomenys UAB", "Nerisa Duomenys"],
    ["Kumotori Systems K.K.", "Kumotori Systems"],
    ["Ilgaz Veri A.Ş.", "Ilgaz Veri"],
  ])("drops the form from %s", (written, name) => {
    expect(endsInLegalForm(written)).toBe(true);
    expect(canonicalCompany(written)).toBe(name);
  });

  it("keeps names that only end in the same letters", () => {
    expect(canonicalCompany("Thermas Spa")).toBe("Thermas Spa");
    expect(canonicalCompany("Pampas")).toBe("Pampas");
    expect(canonicalCompany("Kasa Oasis")).toBe("Kasa Oasis");
    expect(endsInLegalForm("Northgate Glass")).toBe(false);
  });

  it("reads a signature's registered name without its Chilean form", () => {
    const facts = sampleFacts({
      from: { name: "Renata Olmos", address: "rolmos@quebrada.example" },
      subject: "Carta oferta",
      body: [
        "Estimado Sam:",
        "",
        "Te envío adjunta la carta oferta para el cargo que conversamos.",
        "",
        "Saludos,",
        "Renata Olmos",
        "Jefa de Personas",
        "Quebrada Textil SpA",
      ].join("\n"),
    });
    expect(extractEmployer(facts, false).name).toBe("Quebrada Textil");
  });
});

describe("the owner's reply that names the company by a bare word", () => {
  const reply = (to: string, body: string, quoted = "") =>
    sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [{ name: "Odile Ferran", address: to }],
      subject: "Thank you for today",
      body,
      quoted,
    });

  it("says so in its evidence when nothing in the message writes more", () => {
    const guess = extractEmployer(
      reply("odile.ferran@ferrowick.example", "Hi Odile,\n\nI came away even more excited about Ferrowick.\n\nSam"),
      true,
    );
    expect(guess.name).toBe("Ferrowick");
    expect(guess.evidence.owner_bare_name).toBe(1);
  });

  it("takes the fuller name the quoted mail signs, and then says nothing of a bare name", () => {
    const guess = extractEmployer(
      reply(
        "odile.ferran@ferrowick.example",
        "Hi Odile,\n\nI came away even more excited about Ferrowick.\n\nSam",
        "On Tue, Odile Ferran wrote:\n> Thanks for coming in today.\n>\n> Odile Ferran\n> Talent Partner\n> Ferrowick Freight Labs",
      ),
      true,
    );
    expect(guess.name).toBe("Ferrowick Freight Labs");
    expect(guess.evidence.owner_bare_name).toBe(0);
  });

  it("is not raised for a name ending in its industry, nor for the employer's own mail", () => {
    const industry = extractEmployer(
      reply(
        "odile.ferran@ferrowicklogistics.example",
        "Hi Odile,\n\nThank you for the Ferrowick Logistics offer.\n\nSam",
      ),
      true,
    );
    expect(industry.name).toBe("Ferrowick Logistics");
    expect(industry.evidence.owner_bare_name).toBe(0);
    const incoming = extractEmployer(
      sampleFacts({
        from: { name: "Odile Ferran", address: "odile.ferran@ferrowick.example" },
        body: "Hi Sam,\n\nThanks for your time today at Ferrowick.\n\nOdile",
      }),
      false,
    );
    expect(incoming.evidence.owner_bare_name ?? 0).toBe(0);
  });
});

describe("an agency that keeps its client unnamed", () => {
  it("names no employer, not the agency", () => {
    const facts = sampleFacts({
      from: { name: "Rhys Calder", address: "rhys.calder@tarnwick-exec.example" },
      subject: "Invitation: informal conversation",
      body: [
        "Dear Sam,",
        "",
        "I'd like to invite you to an informal conversation about a finance leadership role with one of our",
        "clients, a family-owned manufacturer in Lyon. Would Tuesday at 10:00 work for a short call?",
        "",
        "Kind regards,",
        "Rhys Calder",
        "Partner, Tarnwick Executive Search",
      ].join("\n"),
    });
    expect(extractEmployer(facts, false).name).toBeNull();
  });

  it("still names the client the agency writes", () => {
    const facts = sampleFacts({
      from: { name: "Rhys Calder", address: "rhys.calder@tarnwick-exec.example" },
      subject: "Interview confirmed",
      body: [
        "Dear Sam,",
        "",
        "Our client, Velmora Instruments, would like to meet you on Tuesday at 10:00.",
        "",
        "Kind regards,",
        "Rhys Calder",
        "Partner, Tarnwick Executive Search",
      ].join("\n"),
    });
    expect(extractEmployer(facts, false).name).toBe("Velmora Instruments");
  });

  it("keeps a research firm whose domain reads like a search firm's", () => {
    const facts = sampleFacts({
      from: { name: "Ines Baro", address: "ines.baro@tallisresearch.example" },
      subject: "Interview invitation",
      body: "Hi Sam,\n\nThanks for applying to Tallis Research. Our clients rely on the team you would join.\n\nInes\nTallis Research",
    });
    expect(extractEmployer(facts, false).name).toBe("Tallis Research");
  });

  it("keeps a company that is no agency and writes of its own clients", () => {
    const facts = sampleFacts({
      from: { name: "Ines Baro", address: "ines.baro@corvelle.example" },
      subject: "Interview invitation",
      body: "Hi Sam,\n\nThanks for applying to Corvelle Analytics. Our clients rely on the team you would join.\n\nInes",
    });
    expect(extractEmployer(facts, false).name).toBe("Corvelle Analytics");
  });
});

describe("a booking page's Interviews mailbox", () => {
  it("is a shared mailbox, as a person's address is not", () => {
    expect(isSharedMailbox("harrowwaterinterviews@harrowwater.example", "Harrow Water Interviews")).toBe(true);
    expect(isSharedMailbox("interviews@harrowwater.example")).toBe(true);
    expect(isSharedMailbox("nadia.interview@harrowwater.example", "Nadia Interview")).toBe(false);
    expect(isSharedMailbox("nadia.holt@harrowwater.example", "Nadia Holt")).toBe(false);
  });

  it("gives way to the person named under the booking's additional information", () => {
    const facts = sampleFacts({
      from: { name: "Harrow Water Interviews", address: "HarrowWaterInterviews@harrowwater.example" },
      subject: "Booking confirmed: Panel interview",
      body: [
        "Hello Sam Rivera,",
        "",
        "Your booking is confirmed.",
        "",
        "Service: Panel interview (60 minutes)",
        "Staff: Tamsin Lowe; Arjun Mehta",
        "",
        "Additional information: please bring photo ID. For any questions contact nadia.holt@harrowwater.example.",
      ].join("\n"),
    });
    expect(extractContact(facts, false, "harrowwater.example").email).toBe("nadia.holt@harrowwater.example");
  });
});

describe("a recipient's display name that writes the company's fuller name", () => {
  const reply = (to: { name: string; address: string }) =>
    sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [to],
      subject: "Offer timing",
      body: "Hi,\n\nThank you again for the offer. I'm genuinely excited about Ferrowick.\n\nSam",
    });

  it("lengthens the owner's short form", () => {
    const team = extractEmployer(
      reply({ name: "Ferrowick Orvane Recruiting", address: "recruiting@ferrowick.example" }),
      true,
    );
    expect(team.name).toBe("Ferrowick Orvane");
    const person = extractEmployer(
      reply({ name: "Odile Ferran (Ferrowick Orvane)", address: "odile.ferran@ferrowick.example" }),
      true,
    );
    expect(person.name).toBe("Ferrowick Orvane");
  });

  it("leaves it where the display name is a person's", () => {
    const guess = extractEmployer(reply({ name: "Odile Ferran", address: "odile.ferran@ferrowick.example" }), true);
    expect(guess.name).toBe("Ferrowick");
  });
});

describe("a quoted mail's attribution line that writes the company's fuller name", () => {
  const reply = (quoted: string) =>
    sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [{ name: "Odile Ferran", address: "odile.ferran@ferrowick.example" }],
      subject: "Re: Offer",
      body: "Hi Odile,\n\nThank you for the Ferrowick offer; I accept.\n\nSam",
      quoted,
    });

  // "Orvane" is no industry word: only the attribution's display name, signed in full, lengthens the name.
  it("lengthens the owner's short form, in English and German order", () => {
    const english = reply(
      "On Tue, 3 Oct 2028 at 10:02, Ferrowick Orvane Recruiting <jobs@ferrowick.example> wrote:\n> Please find the offer attached.",
    );
    expect(extractEmployer(english, true).name).toBe("Ferrowick Orvane");
    const german = reply(
      "Am 03.10.2028 um 10:02 schrieb Odile Ferran (Ferrowick Orvane) <odile.ferran@ferrowick.example>:\n> Anbei das Angebot.",
    );
    expect(extractEmployer(german, true).name).toBe("Ferrowick Orvane");
  });

  it("leaves it where the quoted writer is named as a person only", () => {
    const plain = reply(
      "On Tue, 3 Oct 2028 at 10:02, Odile Ferran <odile.ferran@ferrowick.example> wrote:\n> Please find the offer attached.",
    );
    expect(extractEmployer(plain, true).name).toBe("Ferrowick");
  });
});
