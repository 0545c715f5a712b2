import { describe, expect, it } from "vitest";
import { alignTable } from "../../../templates/text-part";

describe("alignTable", () => {
  it("pads every column to its widest cell, with a rule under the header", () => {
    const text = alignTable({
      columns: ["Employer", "Stage"],
      rows: [
        ["Globex Corporation", "offer"],
        ["Acme", ""],
      ],
    });

    expect(text.split("\n")).toEqual([
      "Employer            Stage",
      "------------------  -----",
      "Globex Corporation  offer",
      "Acme",
    ]);
  });

  it("counts characters, not UTF-16 units, and flattens line breaks", () => {
    const text = alignTable({ columns: ["Name", "Note"], rows: [["Zoë 🙂", "a\nb"]] });

    expect(text.split("\n")).toEqual(["Name   Note", "-----  ----", "Zoë 🙂  a b"]);
  });
});
