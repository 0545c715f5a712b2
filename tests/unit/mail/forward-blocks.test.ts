import { describe, expect, it } from "vitest";
import { cleanNote, findInlineForward, splitQuotedThread } from "../../../functions/mail/forward-blocks";

describe("findInlineForward", () => {
  const cases = [
    {
      shape: "Gmail",
      text: "fyi\n\n---------- Forwarded message ---------\nFrom: Ana Diaz <ana@acme.io>\nDate: Tue, Mar 3, 2026 at 10:41 AM\nSubject: Hello\nTo: <me@x.com>\n\n\nBody here",
      from: "Ana Diaz <ana@acme.io>",
      subject: "Hello",
      note: "fyi",
      body: "Body here",
    },
    {
      shape: "Apple quoted",
      text: "note\n\n> Begin forwarded message:\n>\n> From: Ana <ana@acme.io>\n> Subject: Hi\n> Date: March 3, 2026 at 4:55:31 PM PST\n> To: Me <me@x.com>\n>\n> Line one\n> Line two",
      from: "Ana <ana@acme.io>",
      subject: "Hi",
      note: "note",
      body: "Line one\nLine two",
    },
    {
      shape: "Outlook underscore rule",
      text: "see below\n\n________________________________\nFrom: Ana <ana@acme.io>\nSent: Monday, April 6, 2026 9:14 AM\nTo: Me <me@x.com>\nSubject: RE: Call\n\nHi there",
      from: "Ana <ana@acme.io>",
      subject: "RE: Call",
      note: "see below",
      body: "Hi there",
    },
    {
      shape: "Outlook German labels",
      text: "\nVon: Ana <ana@acme.de>\nGesendet: Montag, 6. April 2026 09:14\nAn: Ich <me@x.de>\nBetreff: Termin\n\nHallo",
      from: "Ana <ana@acme.de>",
      subject: "Termin",
      note: "",
      body: "Hallo",
    },
    {
      shape: "Outlook French labels",
      text: "De : Ana <ana@acme.fr>\nEnvoyé : lundi 6 avril 2026 09:14\nÀ : Moi <me@x.fr>\nObjet : Entretien\n\nBonjour",
      from: "Ana <ana@acme.fr>",
      subject: "Entretien",
      note: "",
      body: "Bonjour",
    },
    {
      shape: "Yahoo one-line header",
      text: "ok\n\n   ----- Forwarded Message ----- From: Ana <ana@acme.io>To: me@x.com <me@x.com>Sent: Thursday, April 16, 2026 at 06:52:10 AM MDTSubject: Screen\n \nHi Hannah",
      from: "Ana <ana@acme.io>",
      subject: "Screen",
      note: "ok",
      body: "Hi Hannah",
    },
  ];

  it.each(cases)("reads the $shape block", ({ text, from, subject, note, body }) => {
    // Act
    const block = findInlineForward(text);

    // Assess
    expect(block?.headers.from).toBe(from);
    expect(block?.headers.subject).toBe(subject);
    expect(block?.note).toBe(note);
    expect(block?.body).toBe(body);
  });

  const negatives = [
    "Please send this from: your personal address.",
    "From: the team\n\nThanks for applying!",
    "Date: Wednesday, 22 April 2026\nTime: 8:30 PM IST",
    "",
  ];

  it.each(negatives)("finds no forward in %j", (text) => {
    expect(findInlineForward(text)).toBeNull();
  });
});

describe("findInlineForward: a reply attribution standing in for the header", () => {
  it("reads who and when from 'On ..., Name <address> wrote:' after the marker (Yahoo for iPhone)", () => {
    const text = [
      "first offer!!!",
      "",
      "Begin forwarded message:",
      "",
      "On Tuesday, May 12, 2026, 2:41 PM, Derek Osei <derek.osei@prairie.example> wrote:",
      "",
      "> Hi Rosa,",
      "> Here's a summary of our offer.",
    ].join("\n");
    expect(findInlineForward(text)).toEqual({
      note: "first offer!!!",
      headers: {
        from: "Derek Osei <derek.osei@prairie.example>",
        to: null,
        cc: null,
        date: "Tuesday, May 12, 2026, 2:41 PM",
        subject: null,
      },
      body: "Hi Rosa,\nHere's a summary of our offer.",
    });
  });

  it.each([
    "Begin forwarded message:\n\nthe text goes on without a header",
    "On Tuesday, May 12, 2026, Derek Osei <derek@x.example> wrote:\n> no marker above, so a reply, not a forward",
  ])("needs both the marker and the attribution: %j", (text) => {
    expect(findInlineForward(text)).toBeNull();
  });
});

describe("splitQuotedThread", () => {
  const cases = [
    {
      shape: "Gmail attribution on two lines",
      text: "Newest words.\n\nOn Thu, Mar 19, 2026 at 9:02 AM Priya <\npriya@x.com> wrote:\n> older",
      newest: "Newest words.",
    },
    {
      shape: "Outlook header block",
      text: "Confirmed for Thursday.\n\nFrom: Dan <dan@x.com>\nSent: Friday, April 3, 2026 5:02 PM\nTo: K <k@y.com>\nSubject: Re: x\n\nolder",
      newest: "Confirmed for Thursday.",
    },
    { shape: "bare > quote", text: "Sounds good.\n> older line\n> another", newest: "Sounds good." },
    { shape: "no quote", text: "Just one message.\nTwo lines.", newest: "Just one message.\nTwo lines." },
  ];

  it.each(cases)("keeps only the newest message ($shape)", ({ text, newest }) => {
    expect(splitQuotedThread(text).newest).toBe(newest);
  });
});

describe("cleanNote", () => {
  it.each([
    ["Lanternfish offer\n\nSent from my iPhone", "Lanternfish offer"],
    ["ugh\n\nSent with Proton Mail secure email.", "ugh"],
    ["see attached\n\n-- \nLucas Moreau", "see attached"],
    ["Get Outlook for iOS", ""],
  ])("cleans %j", (note, want) => {
    expect(cleanNote(note)).toBe(want);
  });
});
