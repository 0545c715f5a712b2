// Whom the owner meets, on wordings the first pass missed (interviewer-lists.ts): lists after cues in
// several languages, booking and scheduler pages, the writer among the people met, titles of address,
// job titles and departments read as people, coordinators who only arrange. Every name is invented.
import { describe, expect, it } from "vitest";
import { interviewersOf, interviewMinutes } from "../../../functions/domain/extract/interview-details";
import type { CalendarFacts, Party } from "../../../functions/domain/mail-facts";
import { sampleFacts } from "./sample-facts";

const person = { name: "Odile Ferrand", address: "odile.ferrand@corvex.example" };
const relay = { name: "Corvex Careers", address: "no-reply@jobs.relay-mail.example" };
const read = (body: string, sender: Party = person, quoted = "") =>
  interviewersOf(sampleFacts({ body, quoted, from: sender }), { employer: "Corvex", sender });
const sorted = (names: string[]) => [...names].sort();

describe("people named after a cue in another language", () => {
  it.each([
    ["Das erste Gespräch führen Sie mit unserem Teamleiter Anton Greiner.", ["Anton Greiner"]],
    [
      "Auf unserer Seite nehmen Frau Dr. Ilse Vorbach (Head of Data) und Herr Timo Ranke (Data Scientist) teil.",
      ["Ilse Vorbach", "Timo Ranke"],
    ],
    [
      "Ihre Gesprächspartner sind Mag. Rosa Eibl (Leitung Controlling) und DI Ferdinand Kogler (CFO).",
      ["Ferdinand Kogler", "Rosa Eibl"],
    ],
    [
      "Nous aimerions vous proposer un premier échange de 30 minutes avec Bastien Morel, notre directeur produit.",
      ["Bastien Morel"],
    ],
    [
      "Vous rencontrerez Luc-Henri Dufresne, directeur, Actuariat, et Maude Pelletier, conseillère principale.",
      ["Luc-Henri Dufresne", "Maude Pelletier"],
    ],
    [
      "Avec : Mme Aline Vautrin, directrice Analytique, et M. Éloi Berthier, actuaire",
      ["Aline Vautrin", "Éloi Berthier"],
    ],
  ])("%j", (body, want) => {
    expect(sorted(read(body, relay))).toEqual(sorted(want));
  });
});

describe("lists in English the first pass missed", () => {
  it.each([
    [
      "It will be led by Wanda Kessler, VP of Pricing, together with Arlo Quint, Actuarial Manager.",
      ["Arlo Quint", "Wanda Kessler"],
    ],
    [
      "The team would like to move you to the system design round with Ferris Okon, our Engineering Manager for the Risk Platform.",
      ["Ferris Okon"],
    ],
    [
      "The first interview would be an hour with our Engineering Manager Obi Nwosu, at their Bow Lane office.",
      ["Obi Nwosu"],
    ],
    [
      "The round will be a 60 minutes technical discussion with Tarun Bhatt (Principal Engineer) on Google Meet.",
      ["Tarun Bhatt"],
    ],
    [
      "The final round is three conversations:\n  - Deep dive with Rowan Ashby, Staff Engineer\n  - Case study with Imke Sol, Product Lead",
      ["Imke Sol", "Rowan Ashby"],
    ],
    [
      "A 60-minute panel interview for the role with:\n\n- Noor Hadid, Director of Product\n- Ilya Marsh, Engineering Manager",
      ["Ilya Marsh", "Noor Hadid"],
    ],
    ["10:15 - 11:15   Greta Lind and Bodhi Rane: system design", ["Bodhi Rane", "Greta Lind"]],
    ["Marcus is out, so Yusuf Arden, Senior Actuary, will join Pia Lorne in his place.", ["Pia Lorne", "Yusuf Arden"]],
    [
      "Kasimir Dahl, our VP Engineering, has read your CV and would like to meet you for a video call.",
      ["Kasimir Dahl"],
    ],
  ])("%j", (body, want) => {
    expect(sorted(read(body, relay))).toEqual(sorted(want));
  });
});

describe("booking and scheduler pages", () => {
  it.each([
    ["Your booking is confirmed.\nCase interview\nStaff: Elodie Varga\nJoin your appointment", ["Elodie Varga"]],
    ["Your booking is confirmed.\nStaff: Ruta Kaur, Mikael Borg\nLocation: Online", ["Mikael Borg", "Ruta Kaur"]],
    [
      "Reminder about your interview.\n\nYour interviewers\nSten Alm – Engineering Manager\nLiv Ekdahl – Staff QA Engineer\n\nQuestions? Contact Ola Rud, Recruiting Coordinator",
      ["Liv Ekdahl", "Sten Alm"],
    ],
    [
      "Your interview has been scheduled.\nInterviewer(s):\nNadia Osei, Design Director\nThe link follows.",
      ["Nadia Osei"],
    ],
  ])("%j", (body, want) => {
    expect(sorted(read(body, relay))).toEqual(sorted(want));
  });
});

describe("the writer among the people met", () => {
  it("a relay's mail: the name signed under it", () => {
    const body =
      "Wir laden Sie zu einem Videogespräch (ca. 60 Minuten) mit Dr. Konrad Weil (Teamleiter Firmware) und mir ein.\n\nViele Grüße\nHanna Rieder\nRecruiting";
    expect(sorted(read(body, relay))).toEqual(["Hanna Rieder", "Konrad Weil"]);
  });
  it.each([
    ["Estaremos Iñigo Salas y yo.", ["Iñigo Salas", "Odile Ferrand"]],
    ["The panel will be Jabu Mokoena (CFO) and myself.", ["Jabu Mokoena", "Odile Ferrand"]],
    ["It would be a 45-minute video interview with me and our GM, Talia Fonoti.", ["Odile Ferrand", "Talia Fonoti"]],
    ["Let's lock in Tuesday. I'll be joined by Vera Holm, our CTO.", ["Odile Ferrand", "Vera Holm"]],
  ])("%j", (body, want) => {
    expect(sorted(read(body))).toEqual(sorted(want));
  });
  it("a display name with the company in brackets is still the writer", () => {
    const sender = { name: "Maren Lund (Corvex)", address: "no-reply@hire.relay-mail.example" };
    expect(read("I would like to invite you to a first talk with me, around 30 minutes.", sender)).toEqual([
      "Maren Lund",
    ]);
  });
  it("an organiser who sits on the panel counts; one named only as guest of a Google invite too", () => {
    const calendar = {
      organizer: { name: "Odile Ferrand", address: person.address },
      attendees: [{ name: "Piet Marais", address: "piet.marais@corvex.example" }],
    } as CalendarFacts;
    const facts = sampleFacts({ from: person, calendar, body: "The panel will be me (Head of Risk) and Piet Marais." });
    expect(sorted(interviewersOf(facts, { employer: "Corvex", sender: person }))).toEqual([
      "Odile Ferrand",
      "Piet Marais",
    ]);
    const google = sampleFacts({ from: person, calendar, body: "Guests\nOdile Ferrand - organizer\nPiet Marais" });
    expect(sorted(interviewersOf(google, { employer: "Corvex", sender: person }))).toEqual([
      "Odile Ferrand",
      "Piet Marais",
    ]);
  });
});

describe("corrections", () => {
  it("titles of address are not part of a name", () => {
    expect(
      read(
        "Nous souhaiterions poursuivre avec un entretien avec Mme Colette Brun, Directrice Administrative et Financière.",
      ),
    ).toEqual(["Colette Brun"]);
  });
  it("a department after a job title is no person", () => {
    expect(sorted(read("With: Rolf Amundsen, Director, Project Controls, and Gita Sen, Senior Cost Engineer"))).toEqual(
      ["Gita Sen", "Rolf Amundsen"],
    );
  });
  it("a first name alone takes the full name the quoted thread gives", () => {
    const quoted = "you're confirmed for Friday with Harriet Cole and Ravi Dutt, one hour on Teams.";
    expect(
      sorted(
        read(
          "Ravi can't make it, so it will be Harriet and Nell Ashe from their platform team instead.",
          relay,
          quoted,
        ),
      ),
    ).toEqual(["Harriet Cole", "Nell Ashe"]);
  });
  it("a writer who will not be in the interview is not among the people met", () => {
    const body =
      "You'll meet Tane Rua (Head of Product) and Mia Chen (Engineering Lead). I'll meet you at reception but won't be in the interview.";
    expect(sorted(read(body))).toEqual(["Mia Chen", "Tane Rua"]);
  });
  it.each([
    "Please reply to me with the time that suits you best.",
    "Reach out to me if anything changes on your side.",
    "Thanks for getting back to me so quickly.",
  ])("a coordinator who only arranges is no interviewer: %j", (line) => {
    expect(read(`Your interview with Luca Ferri, Engineering Lead, is confirmed for Tuesday. ${line}`)).toEqual([
      "Luca Ferri",
    ]);
  });
  it.each([
    "Your interview with Kai Brandt is confirmed. The office is at 200 Wellington St, Toronto.",
    "The call with Kai Brandt is confirmed for Tuesday on Microsoft Teams.",
    "The interview with Kai Brandt, Head of Data Platform, is confirmed.",
    "The interview with Kai Brandt (Senior Model Validator) is confirmed.",
  ])("places, tools, teams and titles are no people: %j", (body) => {
    expect(read(body)).toEqual(["Kai Brandt"]);
  });
  it("a job ad's bullets and an offer of help name no one", () => {
    const body =
      "Your interview with Kai Brandt is confirmed.\n- Experience with Apache Kafka\nIf you have questions about the interview, get in touch with me.";
    expect(read(body)).toEqual(["Kai Brandt"]);
  });
  it("a surname that is also a word for a place stays a name", () => {
    expect(read("Your interview with Megan Lane is confirmed for Tuesday.")).toEqual(["Megan Lane"]);
  });
  it("a past round with someone is not what a list cue names as a writer", () => {
    expect(read("Thanks again for the chat with me last week. Your next interview is with Kai Brandt.")).toEqual([
      "Kai Brandt",
    ]);
  });
});

describe("interviewMinutes: French Canadian clock times, lengths in words, a restating bracket over lines", () => {
  it.each([
    ["Heure : de 13 h 30 à 14 h 45 (heure de l'Est)", "2027-03-16T13:30:00-04:00", 75],
    ["Heure : 14 h 00 à 15 h 00 (heure de l'Est)", "2027-06-10T14:00:00-04:00", 60],
    ["Hora: 11:00 a 12:00 h (hora del centro)", "2027-04-08T11:00:00-06:00", 60],
    ["Ons gesprek is om 16.00 uur. We trekken er ongeveer drie kwartier voor uit.", "2026-04-22T16:00:00+02:00", 45],
    ["L'entretien durera une demi-heure.", "2026-04-22T16:00:00+02:00", 30],
    ["Das Gespräch dauert etwa eine Dreiviertelstunde.", "2026-04-22T16:00:00+02:00", 45],
    [
      "Wednesday 11 November, 2:00pm - 3:00pm AEST (Brisbane time, so 3:00pm -\n4:00pm AEDT in Sydney)",
      "2026-11-11T14:00:00+10:00",
      60,
    ],
  ])("%j", (body, start, minutes) => {
    expect(interviewMinutes(sampleFacts({ body }), start)).toBe(minutes);
  });
});
