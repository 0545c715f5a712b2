import { describe, expect, it } from "vitest";
import { headerProblem } from "../../../functions/mail/limits";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("headerProblem", () => {
  it.each([
    ["a header first", "From: a@b.example\r\nSubject: hi\r\n\r\nbody"],
    ["an X- header first", "X-Original-To: jobs@inbox.example\nFrom: a@b.example\n\nbody"],
    ["leading blank lines", "\r\n\r\nReturn-Path: <a@b.example>\r\n\r\n"],
    ["an mbox From line", "From a@b.example Mon Mar  2 10:00:00 2026\nFrom: a@b.example\n\nbody"],
    ["a byte-order mark", "\uFEFFDate: Mon, 2 Mar 2026 10:00:00 -0500\n\nbody"],
  ])("accepts a message with %s", (_what, raw) => {
    expect(headerProblem(bytes(raw))).toBeNull();
  });

  it.each([
    ["plain prose", "they called, deadline is Thursday noon"],
    ["a label with a space in the name", "Interview time: Thursday 3pm\n"],
    ["a PDF", "%PDF-1.4\n%âãÏÓ\n"],
    ["only blank lines", "\n\n\n"],
  ])("refuses %s", (_what, raw) => {
    expect(headerProblem(bytes(raw))).toBe("not an email: no header lines");
  });

  it("refuses binary bytes", () => {
    expect(headerProblem(new Uint8Array([0, 159, 146, 150, 255, 0, 1, 2, 3]))).toBe("not an email: no header lines");
  });
});
