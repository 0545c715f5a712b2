// Kinds and forward layouts on fresh mail (unseen-25): general wordings and client layouts the rules
// missed. Every sentence, name and domain is invented for this test; each rule has cases on both
// sides of its boundary.
import { describe, expect, it } from "vitest";
import { extractContact } from "../../../functions/domain/extract/contact";
import { isSurvey } from "../../../functions/domain/extract/event-mail";
import { attributedForward, findInlineForward } from "../../../functions/mail/forward-blocks";
import { type KindCase, kindOf } from "./kind-cases";
import { sampleFacts } from "./sample-facts";

const CASES: KindCase[] = [
  // Italian: a confirmed interview; an invitation asking for availability is not one.
  {
    want: "interview_scheduled",
    subject: "Conferma colloquio - Analista Rischi",
    body: "Gentile Marta,\n\ncome da accordi telefonici, Le confermo il colloquio per la posizione di Analista Rischi per martedì 14 maggio alle ore 10:00, presso la nostra sede di Torino.\n\nCordiali saluti,\nElena Rinaldi\nUfficio Personale, Vetreria Borsellino S.r.l.",
  },
  {
    want: "interview_scheduled",
    subject: "Colloquio confermato",
    body: "Buongiorno Luca,\n\nil colloquio è confermato per giovedì alle 15:30 in videochiamata. Il link arriverà il giorno prima.\n\nA presto,\nSara Gallo",
  },
  // Dutch: someone else goes on (verb first); "we gaan verder met het proces" is no rejection.
  {
    want: "rejection",
    subject: "Je sollicitatie bij Duinzicht",
    body: "Hoi Bram,\n\nBedankt voor het fijne gesprek. We hebben lang getwijfeld, maar we gaan verder met een kandidaat die meer ervaring heeft met onze systemen.\n\nHartelijke groet,\nEva de Wit\nDuinzicht Logistiek B.V.",
  },
  {
    want: "update",
    subject: "Je sollicitatie bij Duinzicht",
    body: "Hoi Bram,\n\nBedankt voor het fijne gesprek. We gaan verder met het proces en laten je volgende week weten wat de volgende stap is.\n\nHartelijke groet,\nEva de Wit\nDuinzicht Logistiek B.V.",
  },
  // Spanish: "hemos decidido no continuar con tu candidatura".
  {
    want: "rejection",
    subject: "Actualización de tu postulación - Jefe de Almacén",
    body: "Hola Andrés,\n\nGracias por tu interés y por tu tiempo en las entrevistas. Luego de revisar todos los perfiles, hemos decidido no continuar con tu candidatura en esta ocasión.\n\nSaludos,\nEquipo de Personas\nLogística Andina S.A.C.",
  },
  // English: the position, named with its title, offered to someone else; offered to the owner is an offer.
  {
    want: "rejection",
    subject: "Process Engineer III, Moulding",
    body: "Hi Niamh,\n\nThanks for coming in for the final round. We've decided to offer the Process Engineer III, Moulding position to another candidate with more tooling experience. I'm sorry to bring you this news.\n\nKind regards,\nDeclan Furey",
  },
  {
    want: "offer",
    subject: "Process Engineer III, Moulding",
    body: "Hi Niamh,\n\nThanks for coming in for the final round. We're delighted to offer you the Process Engineer III, Moulding position, starting on 1 September at a base salary of 62,000.\n\nKind regards,\nDeclan Furey",
  },
  // A salary survey is a mailing; a candidate-experience survey about the owner's interview is not one.
  {
    want: "other",
    subject: "5 minutes for the 2029 Nordic Design Salary Survey?",
    body: "Hi Freja,\n\nEvery year we ask designers across the Nordics what they earn and how they work. The survey takes about 5 minutes and closes on 30 March.\n\nTake the survey: https://fjordcraft.example/salary\n\nThe Fjordcraft Community team",
  },
];

describe("kinds on fresh mail (unseen-25)", () => {
  it.each(CASES.map((c) => [c.want, c.subject, c] as const))("%s: %s", (want, _subject, c) => {
    expect(kindOf(c)).toBe(want);
  });
});

describe("isSurvey", () => {
  it("reads a community survey as one", () => {
    expect(isSurvey("Our annual developer survey", "Please take our short survey, it helps everyone.")).toBe(true);
  });
  it("leaves a survey about the owner's own interview to the classifier", () => {
    expect(
      isSurvey(
        "How was your interview?",
        "Thanks for interviewing with us last week. Please take a short survey about your candidate experience.",
      ),
    ).toBe(false);
  });
  it("does not read the word survey alone as one", () => {
    expect(isSurvey("Site survey role", "We are hiring a land survey technician.")).toBe(false);
  });
});

describe("forward layouts (unseen-25)", () => {
  it("reads eM Client's block of labels without colons", () => {
    const text =
      'See below.\n\n------ Original Message ------\nFrom "Halden Works" <bookings@haldenworks.example>\nTo "Kim Ode" <kim@mail.example>\nDate 2029-04-02 09:15:00 AM\nSubject Your appointment is confirmed\n\nHello Kim,\n\nYour booking is confirmed.';
    const block = findInlineForward(text);
    expect(block?.headers.from).toBe('"Halden Works" <bookings@haldenworks.example>');
    expect(block?.headers.subject).toBe("Your appointment is confirmed");
    expect(block?.headers.date).toBe("2029-04-02 09:15:00 AM");
    expect(block?.note).toBe("See below.");
    expect(block?.body).toBe("Hello Kim,\n\nYour booking is confirmed.");
  });
  it("does not read body lines starting with 'From' as a bare header without an address", () => {
    const text = "------ Original Message ------\nFrom the team at Halden\nDate night ideas\n\nHello";
    expect(findInlineForward(text)).toBeNull();
  });
  it("reads Spark's attribution with a comma before 'wrote' as the forwarded header", () => {
    const text =
      "Sent with Spark\n\nOn 4 Mar 2029 at 10:20 +0100, Pau Serra <pau@vinyet.example>, wrote:\n> Hello Nuria,\n>\n> The team would like to continue with you to the final round. I will send the possible times in the next days.\n>\n> Best,\n> Pau";
    const block = attributedForward(text);
    expect(block?.headers.from).toBe("Pau Serra <pau@vinyet.example>");
    expect(block?.headers.date).toBe("4 Mar 2029 at 10:20 +0100");
    expect(block?.body.startsWith("Hello Nuria,")).toBe(true);
  });
  it("finds no attributed forward in a note without an attribution line", () => {
    expect(
      attributedForward("Sent with Spark\n\nCan you look at this before Friday? It is about the flat."),
    ).toBeNull();
  });
});

describe("contact addresses inside links (unseen-25)", () => {
  it("skips a calendar mailbox written in a booking link's path", () => {
    const facts = sampleFacts({
      from: { name: "Halden Works", address: "bookings@haldenworks.example" },
      body: "Your booking is confirmed.\n\nQuestions before the day can go to people@haldenworks.example.\n\nManage booking: https://outlook.office365.com/owa/calendar/HaldenInterviews@haldenworks.example/bookings/",
    });
    expect(extractContact(facts, false, null).email).toBe("people@haldenworks.example");
  });
  it("still reads an address written beside a link", () => {
    const facts = sampleFacts({
      from: { name: "Halden Works", address: "bookings@haldenworks.example" },
      body: "Your booking is confirmed.\n\nManage booking: https://haldenworks.example/manage\nQuestions: people@haldenworks.example",
    });
    expect(extractContact(facts, false, null).email).toBe("people@haldenworks.example");
  });
});
