import { describe, expect, it } from "vitest";
import {
  csvField,
  employersCsv,
  exportAttachments,
  exportJson,
  timelineCsv,
} from "../../../../functions/domain/formats/export";
import { employer } from "../builders";

describe("csvField", () => {
  it.each<[string | number | null, string]>([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ["+1 555", "'+1 555"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    [-5, "-5"], // a real number is not a formula
    [null, ""],
  ])("%j -> %j", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe("export", () => {
  const records = [
    employer("Acme", {
      stage: "offer",
      offer: { base: 145000, currency: "USD", bonus: "10%" },
      timeline: [
        { at: "2026-03-03T10:00:00.000Z", kind: "offer", summary: "offer: answer by 2026-03-13" },
        { at: "2026-03-01T10:00:00.000Z", kind: "interview_invite", summary: "=cmd|' /C calc'!A0" },
      ],
    }),
    employer("Globex, Ltd"),
  ];

  it("writes one employer row per record with CRLF line ends", () => {
    const csv = employersCsv(records);
    const lines = csv.split("\r\n");
    expect(lines[0]?.startsWith("id,name,aliases,stage,rank")).toBe(true);
    expect(lines[1]?.startsWith("acme,Acme,,offer,,")).toBe(true);
    expect(lines[1]).toContain(",145000,USD,10%,");
    expect(lines[2]?.startsWith('globex-ltd,"Globex, Ltd",')).toBe(true);
    expect(lines).toHaveLength(4); // header, 2 rows, trailing empty
  });

  it("writes the timeline in time order and defuses formulas", () => {
    const lines = timelineCsv(records).split("\r\n");
    expect(lines[1]).toBe("acme,Acme,2026-03-01T10:00:00.000Z,interview_invite,'=cmd|' /C calc'!A0,Acme");
    expect(lines[2]).toContain("offer: answer by 2026-03-13");
  });

  it("JSON holds every employer with its timeline, without internals", () => {
    const json = JSON.parse(exportJson(records, "2026-03-04T15:00:00.000Z"));
    expect(json.exportedAt).toBe("2026-03-04T15:00:00.000Z");
    expect(json.employers).toHaveLength(2);
    expect(json.employers[0].timeline[0].kind).toBe("interview_invite");
    expect(json.employers[0]).not.toHaveProperty("version");
    expect(json.employers[0]).not.toHaveProperty("sentNudges");
  });

  it("attaches two CSV files and one JSON file", () => {
    const files = exportAttachments(records, "2026-03-04T15:00:00.000Z");
    expect(files.map((f) => f.filename)).toEqual([
      "jobnudge-employers-2026-03-04.csv",
      "jobnudge-timeline-2026-03-04.csv",
      "jobnudge-export-2026-03-04.json",
    ]);
  });
});
