// Titles a fresh set cut short or missed: a French title going on with "en ..." or a comma's
// "X de la Y" specialisation, a Portuguese title ending on its sentence's "e", a German qualifier with
// a slash after a gender tag, a Spanish "Líder" offered "como", a Dutch "gesolliciteerd op"; and the
// cut_qualifier evidence that asks about a title read short in another language.
// Made-up companies, people and wording throughout; positives and negatives.
import { describe, expect, it } from "vitest";
import { type Language, unicodeBoundaries } from "../../../functions/domain/extract/languages/cues";
import { cuesOf } from "../../../functions/domain/extract/languages/tables";
import { joinWrappedLines } from "../../../functions/domain/extract/prose";
import { extractRole, qualifierCutOff } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

const roleOf = (subject: string, body: string, language: Language) =>
  extractRole(sampleFacts({ subject, body: joinWrappedLines(body) }), language);

function stopsOf(language: Language): RegExp {
  const words = cuesOf(language)?.titles;
  if (!words) throw new Error(`no title words for ${language}`);
  return new RegExp(unicodeBoundaries(`^(?:${words.stops})$`), "iu");
}

describe("a French title that goes on after its noun", () => {
  it("keeps a field written after 'en', across a wrapped line", () => {
    const body = "Merci de l'intérêt porté au poste de Conseiller en gestion\nde patrimoine. Le poste a été pourvu.";
    expect(roleOf("Votre candidature", body, "fr").role).toBe("Conseiller en gestion de patrimoine");
  });

  it("keeps a comma's specialisation with 'de la' in it", () => {
    const body =
      "Votre entrevue pour le poste de Chargée principale, Gestion de la clientèle est confirmée pour mardi.";
    expect(roleOf("Confirmation", body, "fr").role).toBe("Chargée principale, Gestion de la clientèle");
  });

  it("leaves out a way of working after 'en'", () => {
    const body = "Merci pour votre candidature au poste de Développeur en télétravail. Nous revenons vers vous.";
    expect(roleOf("Votre candidature", body, "fr").role).toBe("Développeur");
  });

  it("leaves out a gerund after 'en'", () => {
    const body = "Merci pour votre candidature au poste de Développeur en attendant la suite. Bonne journée.";
    expect(roleOf("Votre candidature", body, "fr").role).toBe("Développeur");
  });

  it("stops at 'et' and the sentence going on", () => {
    const body = "Merci pour votre candidature au poste d'Analyste et nous vous recontacterons bientôt.";
    expect(roleOf("Votre candidature", body, "fr").role).toBe("Analyste");
  });
});

describe("a conjunction never ends a title", () => {
  it("drops the Portuguese 'e' the sentence goes on with", () => {
    const body =
      "Ainda estamos a analisar candidaturas para a posição de Engenheiro de Dados Sénior e, por isso, a decisão vai demorar.";
    expect(roleOf("Ponto de situação", body, "pt").role).toBe("Engenheiro de Dados Sénior");
  });

  it("keeps an 'e' inside a title", () => {
    const body = "Obrigado pelo interesse na vaga de Analista de Planejamento e Controle. Retornaremos em breve.";
    expect(roleOf("Candidatura", body, "pt").role).toBe("Analista de Planejamento e Controle");
  });
});

describe("a German qualifier after a gender tag", () => {
  it("keeps two words joined by a slash", () => {
    const body = "gerne bestätigen wir das Gespräch zur Position Senior Controller (m/w/d) – Konzern/Holding:";
    expect(roleOf("Terminbestätigung", body, "de").role).toBe("Senior Controller – Konzern/Holding");
  });

  it("still leaves out a city after the dash", () => {
    const body =
      "gerne bestätigen wir das Gespräch zur Position Senior Controller (m/w/d) – Bielefeld. Wir sitzen in Bielefeld.";
    expect(roleOf("Terminbestätigung", body, "de").role).toBe("Senior Controller");
  });
});

describe("Spanish and Dutch contexts", () => {
  it("reads a Spanish 'Líder' offered 'como', with its specialisation", () => {
    const body =
      "Nos alegra contarte que queremos sumarte como Líder Técnico, Plataforma de Cobros. Te mandé la propuesta.";
    expect(roleOf("Oferta - Líder Técnico, Plataforma de Cobros", body, "es").role).toBe(
      "Líder Técnico, Plataforma de Cobros",
    );
  });

  it("reads what a Dutch candidate applied on, with its dash qualifier", () => {
    const body = "Leuk dat je hebt gesolliciteerd op Senior Data Engineer – Waterbeheer! We willen je graag spreken.";
    expect(roleOf("Plan je gesprek", body, "nl").role).toBe("Senior Data Engineer – Waterbeheer");
  });

  it("reads no title where a Dutch candidate applied at a company", () => {
    const body = "Leuk dat je hebt gesolliciteerd bij Polderlicht! We willen je graag spreken.";
    expect(roleOf("Plan je gesprek", body, "nl").role).toBeNull();
  });
});

describe("cut_qualifier in another language", () => {
  it("fires where a title read stops before 'en' and its field", () => {
    const text = "l'intérêt porté au poste de Conseillère en analytique d'affaires. Merci.";
    expect(qualifierCutOff("Conseillère", text, [], stopsOf("fr"))).toBe(true);
    expect(qualifierCutOff("Conseillère en analytique d'affaires", text, [], stopsOf("fr"))).toBe(false);
  });

  it("fires where a comma's specialisation goes on with 'de la'", () => {
    const text = "pour le poste d'Analyste principale, Planification de la demande est confirmée :";
    expect(qualifierCutOff("Analyste principale", text, [], stopsOf("fr"))).toBe(true);
    expect(qualifierCutOff("Analyste principale, Planification de la demande", text, [], stopsOf("fr"))).toBe(false);
  });

  it("fires on a qualifier after a gender tag and a dash", () => {
    const text = "Gespräch zur Position Senior Aktuar (m/w/d) – Schaden/Unfall:";
    expect(qualifierCutOff("Senior Aktuar", text, [], stopsOf("de"))).toBe(true);
    expect(qualifierCutOff("Senior Aktuar – Schaden/Unfall", text, [], stopsOf("de"))).toBe(false);
  });

  it("fires on a title that ends on a conjunction", () => {
    const text = "a posição de Analista de Dados Sénior e, por isso, atrasou.";
    expect(qualifierCutOff("Analista de Dados Sénior e", text, [], stopsOf("pt"))).toBe(true);
    expect(qualifierCutOff("Analista de Dados Sénior", text, [], stopsOf("pt"))).toBe(false);
  });

  it("stays quiet on a way of working, a gerund, a place or the sentence going on", () => {
    const fr = stopsOf("fr");
    expect(qualifierCutOff("Développeur", "poste de Développeur en télétravail.", [], fr)).toBe(false);
    expect(qualifierCutOff("Développeur", "poste de Développeur en attendant la suite.", [], fr)).toBe(false);
    expect(
      qualifierCutOff("Développeur", "poste de Développeur en Bretagne, basé à Rennes, en Bretagne.", [], fr),
    ).toBe(false);
    expect(qualifierCutOff("Analyste", "poste d'Analyste, nous vous remercions.", [], fr)).toBe(false);
    expect(
      qualifierCutOff(
        "Analista de Sistemas",
        "vaga de Analista de Sistemas e gostaríamos de falar.",
        [],
        stopsOf("pt"),
      ),
    ).toBe(false);
  });

  it("stays quiet on English prose after an English title", () => {
    expect(qualifierCutOff("Data Analyst", "the Data Analyst en route to the office, Tuesday.", [], null)).toBe(false);
    expect(qualifierCutOff("Data Analyst", "the Data Analyst de facto lead", [], null)).toBe(false);
  });
});

describe("English mail", () => {
  const en = (subject: string, body: string) => extractRole(sampleFacts({ subject, body }), "en").role;

  it("reads the title a booking page's service line names before its stage and length", () => {
    const body =
      "Your booking is confirmed.\n\nService: Pricing Analyst II - second interview (45 min)\nStaff: Rowan Tillery\nDate and time: 3/4/2027 10:00 AM";
    expect(en("Your appointment with Kestrelmoor Mutual is confirmed", body)).toBe("Pricing Analyst II");
  });

  it("reads no title from a service line that names none", () => {
    const body = "Your booking is confirmed.\n\nService: Tax return review (30 min)\nStaff: Rowan Tillery";
    expect(en("Your appointment is confirmed", body)).toBeNull();
  });

  it("reads a newly opened role over the one that went no further", () => {
    const body =
      "While we didn't move forward for the Senior Brand Designer opening, our design lead has just opened a Brand Designer II role on the loyalty team and would like to talk.";
    expect(en("Re: Your application – Senior Brand Designer", body)).toBe("Brand Designer II");
  });

  it("keeps the only role a rejection names", () => {
    const body =
      "We didn't move forward for the Senior Brand Designer opening. We will keep your details for new openings.";
    expect(en("Re: Your application – Senior Brand Designer", body)).toBe("Senior Brand Designer");
  });
});

describe("a company after 'en'", () => {
  it("is not read into a Spanish title", () => {
    const body = "Nos complace ofrecerte el puesto de Gerente de Producto en Cordillera Labs. Esperamos tu respuesta.";
    expect(roleOf("Oferta", body, "es").role).toBe("Gerente de Producto");
  });

  it("does not make cut_qualifier fire", () => {
    const text = "el puesto de Gerente de Producto en Cordillera Labs. Esperamos tu respuesta.";
    expect(qualifierCutOff("Gerente de Producto", text, [], stopsOf("es"))).toBe(false);
  });
});
