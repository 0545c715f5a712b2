// Names and forwards a fresh set misread (issue 9): a letter to the owner pasted under her note
// with no forward header, Zoho's "==== Forwarded message ====" block, jobnudge's own inbox read as
// the contact, and an owner's reply whose quoted employer mail signs the company's fuller name.
// Made-up companies, people and wording throughout; positives and negatives.
import { describe, expect, it } from "vitest";
import { extractContact } from "../../../functions/domain/extract/contact";
import { extractEmployer } from "../../../functions/domain/extract/employer";
import { ownerMoveOf } from "../../../functions/domain/extract/owner-move";
import { isPersonalRelayMailbox, isSharedMailbox } from "../../../functions/domain/senders";
import { decodeMail } from "../../../functions/mail/decode";
import { cleanNote, findInlineForward, greetedLetterForward } from "../../../functions/mail/forward-blocks";
import { OWNER, sampleFacts } from "./sample-facts";

const OWNER_TWO = "ruth.okonkwo@gmail.com";
const INBOX = "jobs@drop.okonkwo.example";

function raw(headers: string[], body: string): Uint8Array {
  const head = [...headers, "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8"].join("\r\n");
  return new TextEncoder().encode(`${head}\r\n\r\n${body.replace(/\n/g, "\r\n")}`);
}

const decode = (bytes: Uint8Array, inboxAddress?: string) =>
  decodeMail(bytes, { ownerAddresses: [OWNER_TWO], timezone: "Europe/London", inboxAddress });

const LETTER = [
  "Dear Ruth,",
  "",
  "Warm greetings from Tamberlane Cargo Works! This is to confirm your assessment for the",
  "post of Planning Analyst on 9th May at 10:30 AM. Kindly carry a valid ID proof and revert",
  "on this mail in case of any query.",
  "",
  "Thanks & Regards",
  "Nimmi Varkey",
  "HR Executive | Tamberlane Cargo Works",
  "nimmi.varkey@tamberlanecargo.example",
].join("\n");

describe("a letter to the owner pasted under her note with no forward header", () => {
  it("is a forward whose body is the letter", () => {
    const block = greetedLetterForward(`Tamberlane one, booked for friday\n\n${LETTER}`, ["Ruth"]);
    expect(block?.note).toBe("Tamberlane one, booked for friday");
    expect(block?.body.startsWith("Dear Ruth,")).toBe(true);
    expect(block?.headers.from).toBeNull();
  });

  it("reads the sender's company and signature address, not the inbox, from a phone's Fwd", async () => {
    const decoded = await decode(
      raw(
        [`From: Ruth Okonkwo <${OWNER_TWO}>`, `To: ${INBOX}`, "Subject: Fwd: Assessment confirmation"],
        `Tamberlane one, booked for friday\n\n${LETTER}`,
      ),
    );
    expect(decoded.ok && decoded.outer.forward).toBe("inline");
    const facts = decoded.ok ? decoded.facts : null;
    expect(facts).not.toBeNull();
    if (!facts) return;
    expect(extractEmployer(facts, false).name).toBe("Tamberlane Cargo Works");
    expect(extractContact(facts, false, null).email).toBe("nimmi.varkey@tamberlanecargo.example");
  });

  it("asks nothing of the owner when it says to keep an ID ready for the interview", () => {
    const note =
      "Your assessment is on 9th May at 10:30 AM. Kindly keep your latest CV and a valid photo ID proof ready.";
    expect(ownerMoveOf("interview_scheduled", note)).toBeNull();
    expect(ownerMoveOf("interview_scheduled", "Please send us a copy of your ID proof by Monday.")).toBe(
      "send documents",
    );
  });

  it("takes a greeting by title and surname", () => {
    const letter = LETTER.replace("Dear Ruth,", "Dear Ms. Okonkwo,");
    expect(greetedLetterForward(`Tamberlane one\n\n${letter}`, ["Ruth", "Okonkwo"])?.body.startsWith("Dear Ms.")).toBe(
      true,
    );
  });

  it("needs a greeting to the owner by her first name", () => {
    expect(
      greetedLetterForward(`Tamberlane one\n\n${LETTER.replace("Dear Ruth,", "Dear Nimmi,")}`, ["Ruth"]),
    ).toBeNull();
    expect(greetedLetterForward(`Tamberlane one\n\n${LETTER}`, [])).toBeNull();
  });

  it("needs a note above it and a whole message with an address below it", () => {
    expect(greetedLetterForward(LETTER, ["Ruth"])).toBeNull();
    expect(greetedLetterForward("fyi\n\nDear Ruth,\n\nSee you Friday.\nNimmi", ["Ruth"])).toBeNull();
  });

  it("leaves the owner's own mail to an employer alone", async () => {
    const decoded = await decode(
      raw(
        [
          `From: Ruth Okonkwo <${OWNER_TWO}>`,
          "To: Nimmi Varkey <nimmi.varkey@tamberlanecargo.example>",
          "Subject: Re: Assessment",
        ],
        "Dear Nimmi,\n\nThank you, Friday at 10:30 works well. I will bring my ID proof along.\n\nKind regards,\nRuth Okonkwo\nruth.okonkwo@gmail.com",
      ),
    );
    expect(decoded.ok && decoded.outer.forward).toBe("bcc");
  });

  it("leaves the owner's note to the inbox alone", async () => {
    const decoded = await decode(
      raw(
        [`From: Ruth Okonkwo <${OWNER_TWO}>`, `To: ${INBOX}`, "Subject: note"],
        "Called Tamberlane today, they will write by Friday.\n\nRuth",
      ),
      INBOX,
    );
    expect(decoded.ok && decoded.outer.forward).toBe("none");
  });
});

describe("Zoho's forward block", () => {
  const text = [
    "============ Forwarded message ============",
    "From: Quintara Mills <no-reply@quintaramills.ats-relay.example>",
    "Reply-To: Odile Brassac <odile.brassac@quintaramills.example>",
    "To: <ruth.okonkwo@gmail.com>",
    "Date: Fri, 08 Oct 2027 18:31:00 +0200",
    "Subject: Thank you for your interest",
    "============ Forwarded message ============",
    "",
    "Hi Ruth,",
    "",
    "Thank you for your time.",
  ].join("\n");

  it("reads the headers between its two marker lines and leaves the second out of the body", () => {
    const block = findInlineForward(text);
    expect(block?.headers.from).toBe("Quintara Mills <no-reply@quintaramills.ats-relay.example>");
    expect(block?.headers.replyTo).toBe("Odile Brassac <odile.brassac@quintaramills.example>");
    expect(block?.body.startsWith("Hi Ruth,")).toBe(true);
  });

  it("leaves Zoho's footer out of the owner's note", () => {
    expect(cleanNote("Quintara said no.\n\nSent using Zoho Mail")).toBe("Quintara said no.");
  });

  it("is not a rule of equals signs without the words", () => {
    expect(findInlineForward("Notes\n==========\nFrom the desk of Odile\nThanks")).toBeNull();
  });
});

describe("jobnudge's own inbox", () => {
  it("is never the contact or the employer's domain", () => {
    const facts = sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [{ name: "", address: "inbox@track.ledgerkite.example" }],
      subject: "Re: Offer",
      body: "Hi,\n\nThanks, I accept.\n\nSam",
      ownAddresses: ["inbox@track.ledgerkite.example"],
    });
    expect(extractContact(facts, true, null).email).toBeNull();
    expect(extractEmployer(facts, true).name).not.toBe("Ledgerkite");
  });
});

describe("an owner's reply whose quoted employer mail signs the fuller name", () => {
  const reply = (quotedSignature: string) =>
    sampleFacts({
      from: { name: "Sam Rivera", address: OWNER },
      to: [{ name: "Tomas Arkwright", address: "tomas.arkwright@fernleighcap.example" }],
      subject: "Re: Offer - Credit Analyst",
      body: "Hi Tomas,\n\nThank you for the offer. Could I have until next Friday to decide?\n\nBest,\nSam",
      quoted: `On Fri, Jun 4, 2027 at 4:40 PM Tomas Arkwright <tomas.arkwright@fernleighcap.example> wrote:\n> Hi Sam, your written offer is attached.\n> Tomas\n> ${quotedSignature}`,
    });

  it("takes the name the quoted signature writes", () => {
    expect(extractEmployer(reply("Fernleigh Capital Stewards LLC"), true).name).toBe("Fernleigh Capital Stewards");
  });

  it("keeps the short form when the quote signs it alone", () => {
    expect(extractEmployer(reply("Fernleigh Capital"), true).name).toBe("Fernleigh Capital");
  });

  it("does not take a team's line", () => {
    expect(extractEmployer(reply("Fernleigh Capital Careers"), true).name).toBe("Fernleigh Capital");
  });
});

describe("a colleague's mail passed on to the owner", () => {
  const nested = (middle: string) =>
    raw(
      [`From: Ruth Okonkwo <${OWNER_TWO}>`, `To: ${INBOX}`, "Subject: Fwd: Fwd: Offer letter"],
      [
        "letter attached",
        "",
        "Begin forwarded message:",
        "",
        `> From: ${middle}`,
        "> Date: March 16, 2027 at 2:22:08 PM PDT",
        `> To: Ruth Okonkwo <${OWNER_TWO}>`,
        "> Subject: Fwd: Offer letter",
        ">",
        "> Hi Ruth, passing along the letter below, all the details are in the attachment.",
        ">",
        "> ---------- Forwarded message ---------",
        "> From: Bram Oduya <bram.oduya@saltmarshgames.example>",
        "> Date: Tue, Mar 16, 2027 at 1:58 PM",
        "> Subject: Offer letter",
        "> To: Ines Tolka <ines.tolka@saltmarshgames.example>",
        ">",
        "> Ines, could you send this on to Ruth today? Thanks. B.",
      ].join("\n"),
    );

  it("makes the colleague who wrote to the owner the one to answer", async () => {
    const decoded = await decode(nested("Ines Tolka <ines.tolka@saltmarshgames.example>"), INBOX);
    const facts = decoded.ok ? decoded.facts : null;
    expect(facts?.from?.address).toBe("bram.oduya@saltmarshgames.example");
    if (facts) expect(extractContact(facts, false, null).email).toBe("ines.tolka@saltmarshgames.example");
  });

  it("does not make the owner's other account the one to answer", async () => {
    const decoded = await decode(nested("Ruth O. <ruth.o.77@mailbox.example>"), INBOX);
    const facts = decoded.ok ? decoded.facts : null;
    expect(facts?.replyTo).toEqual([]);
  });
});

describe("a recruiting tool's mailbox under a person's first name", () => {
  it("is the person to answer", () => {
    expect(isPersonalRelayMailbox("wiebke@dwarsdigital.homerun-mail.example", "Wiebke Aalders")).toBe(true);
    const facts = sampleFacts({
      from: { name: "Wiebke Aalders", address: "wiebke@dwarsdigital.homerun-mail.example" },
      subject: "Je sollicitatie bij Dwars",
      body: "Hoi Sam,\n\nWe hebben besloten om verder te gaan met een andere kandidaat.\n\nGroetjes,\nWiebke Aalders",
    });
    expect(extractContact(facts, false, null).email).toBe("wiebke@dwarsdigital.homerun-mail.example");
  });

  it("is not a company's mailbox, a no-reply or a whole name on the vendor's host", () => {
    expect(isPersonalRelayMailbox("dwarsdigital@myworkday-mail.com", "Dwars Digital")).toBe(false);
    expect(isPersonalRelayMailbox("no-reply@dwars.homerun-mail.example", "Wiebke Aalders")).toBe(false);
    expect(isPersonalRelayMailbox("wiebke.aalders@hire.lever.co", "Wiebke Aalders")).toBe(false);
    expect(isPersonalRelayMailbox("wiebke@dwarsdigital.example", "Wiebke Aalders")).toBe(false);
    expect(isPersonalRelayMailbox("quarrel@myworkday-mail.com", "Quarrel Insurance")).toBe(false);
    expect(isPersonalRelayMailbox("dwars@dwars.homerun-mail.example", "Dwars Careers")).toBe(false);
  });
});

describe("a booking team's mailbox named after the team, its last word left off", () => {
  it("is a shared mailbox, and the address its text points to is the one to answer", () => {
    expect(isSharedMailbox("KoruTalent@korumutual.example", "Koru Talent Bookings")).toBe(true);
    const facts = sampleFacts({
      from: { name: "Koru Talent Bookings", address: "KoruTalent@korumutual.example".toLowerCase() },
      subject: "Your booking is confirmed: Panel interview",
      body: "Hello Sam,\n\nYour booking with Koru Mutual has been confirmed.\n\nPlease email people@korumutual.example if you need to reschedule.",
    });
    expect(extractContact(facts, false, "korumutual.example").email).toBe("people@korumutual.example");
  });

  it("is not a person's mailbox under a name with a team word", () => {
    expect(isSharedMailbox("jonathan@korumutual.example", "Jonathan Pike Recruiting")).toBe(false);
    expect(isSharedMailbox("jonathanpike@korumutual.example", "Jonathan Pike")).toBe(false);
  });
});
