// Titles a fresh set overran or cut: in German and Dutch a lower-case word after capitalised title
// words is the sentence going on ("..., Pricing liegt", "Adviseur Zakelijk ingevuld"), and the
// evidence that asks about a title that may be cut or overrun.
// Made-up companies, people and wording throughout; positives and negatives.
import { describe, expect, it } from "vitest";
import type { Language } from "../../../functions/domain/extract/languages/cues";
import { cuesOf } from "../../../functions/domain/extract/languages/tables";
import { joinWrappedLines } from "../../../functions/domain/extract/prose";
import { extractRole, runsIntoProse } from "../../../functions/domain/extract/role";
import { sampleFacts } from "./sample-facts";

const roleOf = (subject: string, body: string, language: Language) =>
  extractRole(sampleFacts({ subject, body: joinWrappedLines(body) }), language);

describe("a German or Dutch title followed by the sentence's verb or adverb", () => {
  it("ends a comma's qualifier before a German verb", () => {
    const body = "Ihr Vertragsangebot für die Stelle Senior Aktuar, Lebensversicherung liegt im Portal für Sie bereit.";
    expect(roleOf("Ihr Vertragsangebot", body, "de").role).toBe("Senior Aktuar, Lebensversicherung");
  });

  it("ends a comma's qualifier before a German adverb", () => {
    const body = "Ich nehme die Stelle als Lead Frontend Engineer, Kundenportal gern an und unterschreibe morgen.";
    expect(roleOf("AW: Dein Angebot", body, "de").role).toBe("Lead Frontend Engineer, Kundenportal");
  });

  it("keeps the qualifier when an infinitive clause follows it", () => {
    const body = "Wir freuen uns, Dir die Stelle als Staff Data Engineer, Schadenregulierung anbieten zu können.";
    expect(roleOf("Dein Vertragsangebot", body, "de").role).toBe("Staff Data Engineer, Schadenregulierung");
  });

  it("ends a Dutch title before a participle", () => {
    const body =
      "Inmiddels hebben we de vacature van Adviseur Duurzaamheid Zakelijk vervuld met een interne kandidaat.";
    expect(roleOf("Je sollicitatie", body, "nl").role).toBe("Adviseur Duurzaamheid Zakelijk");
  });

  it("keeps a Dutch title written in lower case after its noun", () => {
    const body = "Bedankt voor je sollicitatie op de functie van Medewerker klantcontact bij Veldhoven Wonen.";
    expect(roleOf("Je sollicitatie", body, "nl").role).toBe("Medewerker klantcontact");
  });

  it("keeps a French qualifier written in lower case after a capitalised word", () => {
    const body = "Votre entretien pour le poste de Chargé de projet, Transformation digitale est confirmé.";
    expect(roleOf("Confirmation", body, "fr").role).toBe("Chargé de projet, Transformation digitale");
  });
});

describe("a qualifier after a dash in another language", () => {
  it("keeps a team's name written after the word 'team'", () => {
    const body = "Hierbij bevestigen we je gesprek voor de functie Data Analist – team Scheepvaartdata. Tot dan!";
    expect(roleOf("Bevestiging gesprek", body, "nl").role).toBe("Data Analist – team Scheepvaartdata");
  });

  it("keeps a code after a qualifier's word", () => {
    const body = "Agradecemos o seu interesse no processo seletivo para a vaga de Analista Pleno de Dados – Varejo PF.";
    expect(roleOf("Atualização sobre sua candidatura", body, "pt").role).toBe("Analista Pleno de Dados – Varejo PF");
  });

  it("does not take a code alone as the qualifier", () => {
    const body = "Agradecemos o seu interesse no processo seletivo para a vaga de Analista Pleno de Dados – RH.";
    expect(roleOf("Atualização sobre sua candidatura", body, "pt").role).toBe("Analista Pleno de Dados");
  });
});

describe("a company a context word names", () => {
  it("is not read as the title when it is a party's domain", () => {
    const facts = sampleFacts({
      from: { name: "Marta Vidal", address: "marta.vidal@correo.example" },
      to: [{ name: "Pau Serra", address: "pau.serra@rocafosca.es" }],
      subject: "Re: Oferta",
      body: "Muchas gracias por la oferta de Roca Fosca y por todo el trato durante el proceso.",
    });
    expect(extractRole(facts, "es").role).toBeNull();
  });

  it("still reads a title after the same words", () => {
    const facts = sampleFacts({
      from: { name: "Pau Serra", address: "pau.serra@rocafosca.es" },
      subject: "Oferta",
      body: "Te enviamos la oferta de Analista de Datos Sr. para que la revises con calma.",
    });
    expect(extractRole(facts, "es").role).toBe("Analista de Datos Sr.");
  });
});

describe("a qualifier around a gender tag", () => {
  it("keeps a qualifier after the tag's comma at the clause's end", () => {
    const body =
      "vielen Dank für Ihre Bewerbung als Produktmanager (m/w/d), Kartenzahlung. Ihr Profil hat uns überzeugt.";
    expect(roleOf("Einladung zum Kennenlernen", body, "de").role).toBe("Produktmanager, Kartenzahlung");
  });

  it("leaves out a way of working after the tag's comma", () => {
    const body = "vielen Dank für Ihre Bewerbung als Produktmanager (m/w/d), Vollzeit. Ihr Profil hat uns überzeugt.";
    expect(roleOf("Einladung zum Kennenlernen", body, "de").role).toBe("Produktmanager");
  });

  it("leaves out the sentence going on after the tag's comma", () => {
    const body = "Für die Stelle als Produktmanager (m/w/d), Sie erinnern sich, haben wir neue Termine.";
    expect(roleOf("Neue Termine", body, "de").role).toBe("Produktmanager");
  });

  it("joins a subject's title part and the tagged qualifier after its dash", () => {
    const subject = "Neuer Termin: Ihr Zweitgespräch – Schichtleiter Versand – Tiefkühllogistik (m/w/d)";
    const body = "wir müssen Ihr Zweitgespräch leider verschieben. Neuer Termin: Dienstag, 10:30 Uhr.";
    expect(roleOf(subject, body, "de").role).toBe("Schichtleiter Versand – Tiefkühllogistik");
  });

  it("does not join a stage part to the tagged title", () => {
    const subject = "Ihr Zweitgespräch – Schichtleiter Versand (m/w/d)";
    const body = "wir müssen Ihr Zweitgespräch leider verschieben. Neuer Termin: Dienstag, 10:30 Uhr.";
    expect(roleOf(subject, body, "de").role).toBe("Schichtleiter Versand");
  });
});

describe("a Spanish title after 'cargo'", () => {
  it("leaves the word 'cargo' out and keeps the dash's qualifier", () => {
    const body =
      "Tenemos el agrado de ofrecerle el cargo de Coordinador/a de Logística – Zona Norte, con reporte a la Gerencia de Operaciones.";
    expect(roleOf("Carta oferta", body, "es").role).toBe("Coordinador/a de Logística – Zona Norte");
  });
});

describe("cut_qualifier for a title that runs into the sentence", () => {
  it("fires when a German or Dutch title read ends in a lower-case word after capitalised ones", () => {
    const de = cuesOf("de")?.titles;
    const nl = cuesOf("nl")?.titles;
    expect(runsIntoProse("Senior Aktuar, Lebensversicherung liegt", de)).toBe(true);
    expect(runsIntoProse("Adviseur Duurzaamheid vervuld", nl)).toBe(true);
    expect(runsIntoProse("Senior Aktuar, Lebensversicherung", de)).toBe(false);
    expect(runsIntoProse("Medewerker klantcontact", nl)).toBe(false);
    // French puts adjectives after the noun: "Transformation digitale" is whole.
    expect(runsIntoProse("Chargé de projet, Transformation digitale", cuesOf("fr")?.titles)).toBe(false);
  });

  it("does not fire on a Dutch title written in lower case after its noun", () => {
    const body = "Bedankt voor je sollicitatie op de functie van Medewerker klantcontact bij Veldhoven Wonen.";
    const { role, evidence } = roleOf("Je sollicitatie", body, "nl");
    expect(role).toBe("Medewerker klantcontact");
    expect(evidence.cut_qualifier ?? 0).toBe(0);
  });

  it("does not fire on a whole German title", () => {
    const body = "Ich nehme die Stelle als Lead Frontend Engineer, Kundenportal gern an und unterschreibe morgen.";
    expect(roleOf("AW: Dein Angebot", body, "de").evidence.cut_qualifier ?? 0).toBe(0);
  });
});

describe("titles a fresh set did not read at all", () => {
  it("reads the title a moved panel is for, with its dash qualifier", () => {
    const body =
      "Quick heads-up: your panel for Lead Product Designer – Merchant Tools has been moved to Tuesday, May 4 at 2 PM.";
    expect(roleOf("Your onsite panel has moved", body, "en").role).toBe("Lead Product Designer – Merchant Tools");
  });

  it("reads a Spanish title written with the feminine first", () => {
    const body = "Te confirmamos tu entrevista técnica para la vacante Analista/o de Datos Sr., Riesgo Operacional.";
    expect(roleOf("Confirmación de entrevista", body, "es").role).toBe("Analista/o de Datos Sr., Riesgo Operacional");
  });

  it("takes no title from 'y/o'", () => {
    const body = "Puedes enviarnos tu disponibilidad y/o proponer otra fecha para la entrevista.";
    expect(roleOf("Entrevista", body, "es").role).toBeNull();
  });
});

describe("a booking page's labelled event line", () => {
  it("reads the title and its comma qualifier before the length", () => {
    const body =
      "Noor Haddad from Pinecrest Digital invited you to book a meeting.\n\nEvent: Intro call – Senior Content Designer, Payments (30 min)\n";
    expect(roleOf("Invitation to book: Intro call", body, "en").role).toBe("Senior Content Designer, Payments");
  });

  it("does not read an event line without a title noun", () => {
    const body = "Noor Haddad invited you to book a meeting.\n\nEvent: Intro call – Pinecrest Digital (30 min)\n";
    expect(roleOf("Invitation to book: Intro call", body, "en").role).toBeNull();
  });
});

describe("an Italian subject in mail read as another language", () => {
  it("reads a subject part starting with an Italian title noun when nothing else names a title", () => {
    const body = "grazie ancora per il colloquio di venerdì. Vorremmo invitarti al colloquio finale per la posizione.";
    expect(roleOf("Responsabile Vendite Online, Area Moda – prossimi passi", body, "fr").role).toBe(
      "Responsabile Vendite Online, Area Moda",
    );
  });

  it("reads nothing from a subject part without a title noun", () => {
    const body = "grazie ancora per il colloquio di venerdì. Ti scriviamo presto.";
    expect(roleOf("Colloquio finale – prossimi passi", body, "fr").role).toBeNull();
  });
});

describe("an English title applied to, with its qualifier before a place", () => {
  it("keeps the dash's qualifier and leaves out the place that ends the sentence", () => {
    const body = "Thank you for applying to Data Engineer - Ledger Services, Porto. We'd like to invite you to a call.";
    expect(roleOf("Select a time", body, "en").role).toBe("Data Engineer - Ledger Services");
  });

  it("reads no company applied to as a title", () => {
    const body = "Thank you for applying to Brightwater Labs. We'd like to invite you to a call.";
    expect(roleOf("Select a time", body, "en").role).toBeNull();
  });
});
