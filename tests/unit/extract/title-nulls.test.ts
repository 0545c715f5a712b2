// Titles that were written but read by no rule: a signature's "<title> hiring team", an onsite or
// interview loop "for" the title, an offer "to join <Company> as" the title, a Spanish stage word
// before a Spanish title noun, and an English mail answering a subject in another language. Made-up
// companies and wording; the negatives keep English words and a company's name from becoming titles.
import { describe, expect, it } from "vitest";
import { extractRole } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

const roleOf = (subject: string, body: string, language: "en" | "es" | "fr" | "pt" = "en", employer?: string) =>
  extractRole(sampleFacts({ subject, body }), language, employer ?? null).role;

describe("English contexts that name the title", () => {
  it("reads a signature's hiring-team line", () => {
    const body = [
      "Hi Dara,",
      "",
      "Could you send me two referees by the end of next week?",
      "",
      "Ruth",
      "Talent Partner, Marrowfield",
      "Site Reliability Engineer hiring team",
    ].join("\n");
    expect(roleOf("Marrowfield - references", body)).toBe("Site Reliability Engineer");
  });

  it("reads an onsite for the title, with its specialisation before 'at'", () => {
    const body = "Your virtual onsite for Principal Engineer, Storage at Quenby Works is confirmed.";
    expect(roleOf("Your interview schedule: Quenby Works", body)).toBe("Principal Engineer, Storage");
  });

  it("reads an interview loop for the title", () => {
    const body = "Your onsite interview loop for Senior Data Engineer is confirmed for Monday at 10 AM.";
    expect(roleOf("Your interview with Tallis is confirmed", body)).toBe("Senior Data Engineer");
  });

  it("reads an offer to join a named company as the title", () => {
    const body = "We're thrilled you've accepted our offer to join Orrin Health as Lifecycle Marketing Lead!";
    expect(roleOf("Welcome aboard! A few things before you start", body)).toBe("Lifecycle Marketing Lead");
  });

  it("reads no title from a loop or a team that names none", () => {
    expect(roleOf("Schedule", "Your onsite loop for next Tuesday is confirmed.")).toBeNull();
    expect(roleOf("References", "Thanks,\nThe hiring team")).toBeNull();
  });
});

describe("a Spanish stage word before a title noun", () => {
  it("reads the title after 'Entrevista' in a Spanish subject", () => {
    expect(roleOf("Re: Entrevista Desarrolladora Backend", "Gracias por venir el martes.", "es")).toBe(
      "Desarrolladora Backend",
    );
  });

  it("reads no title after 'Entrevista' when no title noun follows", () => {
    expect(roleOf("Re: Entrevista del martes", "Gracias por venir el martes.", "es")).toBeNull();
  });
});

describe("an English mail answering a subject in another language", () => {
  it.each([
    ["Re: Proposta de emprego – Analista de Riscos Sénior", "Analista de Riscos Sénior"],
    ["FW: Entretien – Ingénieure Données Senior", "Ingénieure Données Senior"],
    ["Re: Entrevista – Ingeniera de Datos", "Ingeniera de Datos"],
  ])("reads the title from %s", (subject, title) => {
    expect(roleOf(subject, "Thank you, I am happy to confirm.")).toBe(title);
  });

  it("reads no English word as another language's title noun", () => {
    expect(roleOf("Re: Product update – next steps", "Thank you, I am happy to confirm.")).toBeNull();
    expect(roleOf("Re: Head count – Q3", "Thank you, I am happy to confirm.")).toBeNull();
  });

  it("reads no title from a gender tag after a company's name", () => {
    expect(roleOf("Re: Proposta – Tavira Marine Systems (H/F)", "Thank you, I am happy to confirm.")).toBeNull();
  });

  it("never reads the employer's name as the title", () => {
    expect(roleOf("Re: Analista Partners – next steps", "Thanks!", "en", "Analista Partners")).toBeNull();
  });
});

describe("a parenthesis written as part of the title", () => {
  it("keeps a graduate scheme's year before 'role'", () => {
    const body = "You are invited to a video interview for the Graduate Data Analyst (2027 cohort) role.";
    expect(roleOf("Complete your video interview", body)).toBe("Graduate Data Analyst (2027 cohort)");
  });

  it("drops a requisition number before 'role'", () => {
    const body = "You are invited to a video interview for the Graduate Data Analyst (2027-118) role.";
    expect(roleOf("Complete your video interview", body)).toBe("Graduate Data Analyst");
  });

  it.each([
    ["Re: Platform Engineer (Rust) - final round", "Platform Engineer (Rust)"],
    ["Fwd: Mobile Developer (iOS) - next steps", "Mobile Developer (iOS)"],
  ])("keeps a one-word qualifier in a subject part that is the title: %s", (subject, title) => {
    expect(roleOf(subject, "Quick update: we decided not to proceed.")).toBe(title);
  });

  it.each([
    ["Re: Platform Engineer (Remote) - final round", "Platform Engineer"],
    ["Re: Platform Engineer (zdalnie) - final round", "Platform Engineer"],
    ["Re: Platform Engineer (UK) - final round", "Platform Engineer"],
  ])("drops an arrangement, lower-case prose or a place code: %s", (subject, title) => {
    expect(roleOf(subject, "Quick update: we decided not to proceed.")).toBe(title);
  });

  it("drops a qualifier the text names as a place", () => {
    const body = "Quick update: the Lisbon office decided not to proceed.";
    expect(roleOf("Re: Platform Engineer (Lisbon) - final round", body)).toBe("Platform Engineer");
  });
});
