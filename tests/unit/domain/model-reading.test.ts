// The model tier's pure rules (functions/domain/model-reading.ts): what is sent, how an answer is
// checked, and how it may change the rules' reading (fill or confirm, written in the message, capped).
import { describe, expect, it } from "vitest";
import type { EmailView } from "../../../functions/domain/email-view";
import { type Extraction, emptyExtraction } from "../../../functions/domain/extraction";
import {
  ANSWER_JSON_SCHEMA,
  factReadingRequest,
  factsForModel,
  MODEL_CONFIDENCE_CAP,
  MODEL_TEXT_MAX_BYTES,
  type ModelAnswer,
  mergeModelAnswer,
  parseModelAnswer,
  truncateUtf8,
  withModelSource,
  writtenIn,
} from "../../../functions/domain/model-reading";
import { OWNER, sampleFacts } from "../extract/sample-facts";

const offer = (overrides: Partial<Extraction> = {}): Extraction =>
  emptyExtraction({
    kind: "offer",
    employer: "Brunnmatt Pharma",
    role: "Data Scientist",
    respondBy: "2026-05-15T17:00:00+02:00",
    contactEmail: "lea.frei@brunnmatt.ch",
    confidence: { kind: 0.99, employer: 0.54, role: 0.47, respondBy: 0.6, contactEmail: 0.98 },
    ...overrides,
  });

const answer = (values: ModelAnswer["values"], confidence: ModelAnswer["confidence"] = {}): ModelAnswer => ({
  values,
  confidence,
  invalid: [],
});

const TEXT = [
  "From: Lea Frei <lea.frei@brunnmatt.ch>",
  "Subject: Ihr Angebot",
  "Wir freuen uns, Ihnen die Stelle als Data Scientist (m/w/d) bei der Brunnmatt Pharma AG anzubieten.",
  "Bitte geben Sie uns bis Freitag, 15. Mai 2026, 17:00 Uhr Bescheid.",
].join("\n");

describe("factsForModel", () => {
  it("sends the facts below the gate, and the employer of a job mail that names none", () => {
    expect(factsForModel(offer())).toEqual(["employer", "role", "respondBy"]);
    expect(factsForModel(offer({ employer: null, confidence: { kind: 0.99 } }))).toEqual(["employer"]);
    expect(factsForModel(emptyExtraction({ kind: "other", confidence: { kind: 0.13 } }))).toEqual(["kind"]);
  });

  it.each([
    ["every fact is sure", offer({ confidence: { kind: 0.99, employer: 0.99, role: 0.99, respondBy: 0.99 } })],
    ["a sure newsletter", emptyExtraction({ kind: "other", confidence: { kind: 0.99 } })],
    ["an unreadable message", emptyExtraction({ error: "too large", confidence: { kind: 0.1 } })],
  ])("sends nothing when %s", (_what, x) => {
    expect(factsForModel(x)).toEqual([]);
  });
});

describe("factReadingRequest", () => {
  it("holds the message's own lines, never the owner's address or note", () => {
    const request = factReadingRequest(
      sampleFacts({
        subject: "Offer",
        body: "We are pleased to offer you the role.",
        quoted: "> earlier mail",
        ownerNote: "my private thoughts about salary",
        cc: [
          { name: "Sam", address: OWNER },
          { name: "Dana Li", address: "dana.li@northwind.io" },
        ],
      }),
    );

    expect(request.text).toContain("From: Priya Shah <priya.shah@northwind.io>");
    expect(request.text).toContain("Cc: Dana Li <dana.li@northwind.io>");
    expect(request.text).toContain("We are pleased to offer you the role.");
    expect(request.text).toContain("> earlier mail");
    expect(request.text).not.toContain(OWNER);
    expect(request.text).not.toContain("To:");
    expect(request.text).not.toContain("private thoughts");
    expect(request.answerSchema).toBe(ANSWER_JSON_SCHEMA);
  });

  it("is bounded to 12 KB of UTF-8, cut on a character boundary", () => {
    const request = factReadingRequest(sampleFacts({ body: "Grüße aus Zürich ".repeat(5000) }));
    const bytes = new TextEncoder().encode(request.text).length;

    expect(bytes).toBeLessThanOrEqual(MODEL_TEXT_MAX_BYTES);
    expect(bytes).toBeGreaterThan(MODEL_TEXT_MAX_BYTES - 4);
    expect(request.text).not.toContain("\uFFFD");
    expect(truncateUtf8("ü", 1)).toBe("");
  });
});

describe("parseModelAnswer", () => {
  it("keeps every valid field with its confidence, treating empty strings as not stated", () => {
    const parsed = parseModelAnswer({
      kind: "offer",
      employer: " Brunnmatt Pharma ",
      role: "",
      interviewAt: "null",
      respondBy: "2026-05-15",
      expectDecisionBy: "",
      contactEmail: "Lea.Frei@Brunnmatt.ch",
      confidence: { kind: 0.9, employer: 0.8, respondBy: 1, contactEmail: 0.7 },
    });

    expect(parsed).toEqual({
      values: {
        kind: "offer",
        employer: "Brunnmatt Pharma",
        respondBy: "2026-05-15",
        contactEmail: "lea.frei@brunnmatt.ch",
      },
      confidence: { kind: 0.9, employer: 0.8, respondBy: 1, contactEmail: 0.7 },
      invalid: [],
    });
  });

  it.each([
    ["kind", "job_offer"],
    ["interviewAt", "Friday 3pm"],
    ["interviewAt", "2026-05-15T15:00:00"],
    ["respondBy", "15.05.2026"],
    ["contactEmail", "Lea Frei"],
    ["employer", "x".repeat(81)],
    ["role", 42],
  ])("drops %s=%j, keeping the rest", (field, value) => {
    const parsed = parseModelAnswer({ kind: "offer", employer: "Acme", [field]: value, confidence: { employer: 0.9 } });

    expect(parsed?.invalid.map((i) => i.field)).toEqual([field]);
    if (field !== "employer") expect(parsed?.values.employer).toBe("Acme");
  });

  it("gives a value without a usable confidence confidence 0", () => {
    expect(parseModelAnswer({ kind: "offer", confidence: { kind: 7 } })?.confidence).toEqual({ kind: 0 });
  });

  it.each([null, "offer", 42, [], undefined])("is no answer at all for %j", (value) => {
    expect(parseModelAnswer(value)).toBeNull();
  });
});

describe("writtenIn", () => {
  it.each([
    ["employer", "Brunnmatt Pharma"],
    ["employer", "brunnmatt pharma"],
    ["role", "Data Scientist"],
    ["contactEmail", "lea.frei@brunnmatt.ch"],
    ["respondBy", "2026-05-15T17:00:00+02:00"],
    ["respondBy", "2026-05-15"],
  ] as const)("finds %s %j in the message", (field, value) => {
    expect(writtenIn(field, value, TEXT)).toBe(true);
  });

  it.each([
    ["employer", "Globex", TEXT],
    ["employer", "Brunnmatt Bank", TEXT],
    ["role", "Senior Data Scientist", TEXT],
    ["contactEmail", "hr@brunnmatt.ch", TEXT],
    ["respondBy", "2026-05-16", TEXT],
    ["respondBy", "2026-06-15", TEXT],
    ["respondBy", "2026-05-15T18:00:00+02:00", TEXT],
    ["expectDecisionBy", "2026-05-22", "We will get back to you by the end of next week."],
    ["interviewAt", "2026-04-08T16:00:00+12:00", "Wednesday 8 April, 2:00-3:00pm NZST"],
  ] as const)("does not find %s %j (never invented)", (field, value, text) => {
    expect(writtenIn(field, value, text)).toBe(false);
  });

  it.each([
    ["employer", "Zuidas Analytics", "Van: Joris <joris.bakker@zuidasanalytics.nl>"],
    ["role", "Ingeniero de Software Backend", "el puesto de Ingeniero/a de Software Backend"],
    ["interviewAt", "2026-04-08T14:00:00+12:00", "Wednesday 8 April, 2:00-3:00pm NZST"],
    ["interviewAt", "2026-03-13T09:30:00-04:00", "on March 13th at 9:30 a.m. Eastern"],
    ["respondBy", "2026-04-24", "réponse avant le vendredi 24 avril"],
    ["respondBy", "2026-05-08", "antes del 8 de mayo"],
    ["respondBy", "2026-05-13", "uiterlijk 13 mei"],
    ["respondBy", "2026-05-13", "by 5/13"],
    ["respondBy", "2026-05-13", "bis zum 13.05."],
  ] as const)("finds %s %j as mail writes it: %j", (field, value, text) => {
    expect(writtenIn(field, value, text)).toBe(true);
  });
});

describe("mergeModelAnswer", () => {
  it("confirms the rules' values, raising their confidence to at most the cap", () => {
    const merged = mergeModelAnswer(
      offer(),
      answer(
        { employer: "Brunnmatt Pharma", role: "data scientist", respondBy: "2026-05-15T17:00:00+02:00" },
        { employer: 0.99, role: 0.9, respondBy: 0.97 },
      ),
      ["employer", "role", "respondBy"],
      TEXT,
    );

    expect(merged.readByModel).toEqual(["employer", "role", "respondBy"]);
    expect(merged.extraction).toMatchObject({ employer: "Brunnmatt Pharma", role: "Data Scientist" });
    expect(merged.extraction.confidence).toMatchObject({
      employer: MODEL_CONFIDENCE_CAP,
      role: 0.9,
      respondBy: MODEL_CONFIDENCE_CAP,
      kind: 0.99,
    });
  });

  it("fills a field the rules left empty when the message writes it", () => {
    const x = offer({ employer: null, confidence: { kind: 0.99 } });

    const merged = mergeModelAnswer(x, answer({ employer: "Brunnmatt Pharma" }, { employer: 0.9 }), ["employer"], TEXT);

    expect(merged.extraction.employer).toBe("Brunnmatt Pharma");
    expect(merged.extraction.confidence.employer).toBe(0.9);
    expect(merged.readByModel).toEqual(["employer"]);
  });

  it("fills a kind the rules could only call other", () => {
    const x = emptyExtraction({ kind: "other", confidence: { kind: 0.13 } });

    const merged = mergeModelAnswer(x, answer({ kind: "offer" }, { kind: 0.99 }), ["kind"], TEXT);

    expect(merged.extraction.kind).toBe("offer");
    expect(merged.extraction.confidence.kind).toBe(MODEL_CONFIDENCE_CAP);
  });

  it.each([
    ["an employer the message does not name", { employer: "Globex" }, "not written in the message"],
    ["a date the message does not state", { respondBy: "2026-05-20" }, "not written in the message"],
    ["a value other than the rules'", { role: "Senior Data Scientist" }, "differs from the rules"],
    ["another kind than the rules'", { kind: "rejection" as const }, "differs from the rules"],
  ])("never uses %s", (_what, values, reason) => {
    const x = offer({ employer: null, respondBy: null, kind: "update", confidence: { kind: 0.5, role: 0.4 } });
    const field = Object.keys(values)[0] as keyof typeof values;

    const merged = mergeModelAnswer(
      x,
      answer(values, { [field]: 0.99 }),
      ["kind", "employer", "role", "respondBy"],
      TEXT,
    );

    expect(merged.extraction).toEqual(x);
    expect(merged.readByModel).toEqual([]);
    expect(merged.unused).toEqual([{ field, reason }]);
  });

  it("leaves the facts the rules were sure of, and values it is unsure of, alone", () => {
    const x = offer();

    const merged = mergeModelAnswer(
      x,
      answer(
        { contactEmail: "hr@brunnmatt.ch", kind: "update", employer: "Brunnmatt Pharma" },
        { contactEmail: 0.99, kind: 0.99, employer: 0.3 },
      ),
      ["employer"],
      TEXT,
    );

    expect(merged.extraction).toEqual(x);
    expect(merged.unused).toEqual([{ field: "employer", reason: "model unsure" }]);
  });

  it("fills the other empty fields of a message it was sent, e.g. the employer of mail the rules called other", () => {
    const x = emptyExtraction({ kind: "other", confidence: { kind: 0.13 } });

    const merged = mergeModelAnswer(
      x,
      answer(
        { kind: "offer", employer: "Brunnmatt Pharma", respondBy: "2026-05-15T17:00:00+02:00" },
        { kind: 0.99, employer: 0.99, respondBy: 0.8 },
      ),
      ["kind"],
      TEXT,
    );

    expect(merged.extraction).toMatchObject({
      kind: "offer",
      employer: "Brunnmatt Pharma",
      respondBy: "2026-05-15T17:00:00+02:00",
      confidence: { kind: MODEL_CONFIDENCE_CAP, employer: MODEL_CONFIDENCE_CAP, respondBy: 0.8 },
    });
    expect(merged.readByModel).toEqual(["kind", "employer", "respondBy"]);
  });

  it.each([
    ["a robot", "no-reply@brunnmatt.ch"],
    ["the owner", "lea.brunner@outlook.com"],
  ])("never takes %s as the contact", (_who, address) => {
    const x = offer({ contactEmail: null });

    const merged = mergeModelAnswer(
      x,
      answer({ contactEmail: address }, { contactEmail: 0.99 }),
      [],
      `${TEXT}\nCc: ${address}`,
      ["lea.brunner@outlook.com"],
    );

    expect(merged.extraction.contactEmail).toBeNull();
    expect(merged.unused).toEqual([{ field: "contactEmail", reason: "not a contact" }]);
  });

  it("does not lower a confidence the rules gave", () => {
    const x = offer();

    const merged = mergeModelAnswer(
      x,
      answer({ employer: "Brunnmatt Pharma" }, { employer: 0.52 }),
      ["employer"],
      TEXT,
    );

    expect(merged.extraction.confidence.employer).toBe(0.54);
    expect(merged.readByModel).toEqual([]);
  });
});

describe("withModelSource", () => {
  const view = { sections: [{ title: "What I understood", items: ["Kind: an offer"] }] } as EmailView;

  it("says in the ack what the model read", () => {
    expect(withModelSource(view, ["employer", "respondBy"]).sections[0]?.items).toEqual([
      "Kind: an offer",
      "Read by the model (the rules were unsure): the employer, the answer deadline.",
    ]);
  });

  it("changes nothing when the model read nothing", () => {
    expect(withModelSource(view, [])).toBe(view);
  });
});
