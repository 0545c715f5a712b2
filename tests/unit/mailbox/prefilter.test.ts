import { describe, expect, it } from "vitest";
import { looksLikeJobMail, prefilterVerdict, readHeaders } from "../../../functions/mailbox";
import { bytes } from "./mbox-text";

const UNSUB = "List-Unsubscribe: <https://example.com/u/123>, <mailto:unsub@example.com>";

/** A header section as a mail client stores it (folded lines and encoded words allowed). */
const head = (...lines: string[]) => bytes(`${lines.join("\r\n")}\r\n\r\n`);

// Kept: anything that may be about the owner's job processes, even when it also looks bulk.
const KEPT: [string, Uint8Array, string][] = [
  [
    "Greenhouse relay with an unsubscribe footer",
    head("From: Northwind Recruiting <no-reply@us.greenhouse-mail.io>", "Subject: Thanks for applying", UNSUB),
    "ats-sender",
  ],
  ["Lever", head("From: Kestrel Pay <no-reply@hire.lever.co>", "Subject: Kestrel Pay: quick update"), "ats-sender"],
  ["Workday", head("From: Halvorsen <halvorsen@myworkday.com>", "Subject: Your submission"), "ats-sender"],
  ["Ashby", head("From: Corvane <no-reply@ashbyhq.com>", "Subject: Scheduling"), "ats-sender"],
  ["SmartRecruiters", head("From: mail@smartrecruiters.com", "Subject: Status"), "ats-sender"],
  ["iCIMS", head("From: careers-noreply@icims.com", "Subject: Status"), "ats-sender"],
  ["Workable", head("From: Brightline <noreply@workablemail.com>", "Subject: Hello"), "ats-sender"],
  ["Teamtailor", head("From: Ashcombe <no-reply@teamtailor-mail.com>", "Subject: Hello"), "ats-sender"],
  ["Personio", head("From: jobs@personio.de", "Subject: Hallo"), "ats-sender"],
  ["Recruitee", head("From: Greyhaven <noreply@recruiteemail.com>", "Subject: Hello"), "ats-sender"],
  ["JazzHR", head("From: Birchway <notifications@jazzhr.com>", "Subject: Hello"), "ats-sender"],
  [
    "a LinkedIn recruiter message",
    head("From: Jane via LinkedIn <messages-noreply@linkedin.com>", "Subject: Jane sent you a message", UNSUB),
    "ats-sender",
  ],
  [
    "an interview subject from a company robot",
    head("From: Acme <no-reply@acme.example>", "Subject: Interview confirmation: Thursday", UNSUB),
    "hiring-cue",
  ],
  [
    "an encoded-word subject (UTF-8, base64)",
    head(
      "From: no-reply@acme.example",
      `Subject: =?UTF-8?B?${Buffer.from("Your interview 🎉").toString("base64")}?=`,
      UNSUB,
    ),
    "hiring-cue",
  ],
  [
    "a folded subject",
    head("From: no-reply@acme.example", "Subject: Update on your", " application to Acme", UNSUB),
    "hiring-cue",
  ],
  [
    "a German application",
    head("From: Personalabteilung <bewerbung@firma.example>", "Subject: Ihre Bewerbung als Data Engineer", UNSUB),
    "hiring-cue",
  ],
  ["a French interview", head("From: rh@entreprise.example", "Subject: Entretien pour le poste", UNSUB), "hiring-cue"],
  [
    "a recruiting team name on a bulk sender",
    head("From: Acme Talent Team <hello@acme.example>", "Subject: Checking in", UNSUB),
    "hiring-cue",
  ],
  [
    "a careers mailbox sending a mailing",
    head("From: careers@acme.example", "Subject: Life at Acme", UNSUB),
    "recruiting-mailbox",
  ],
  [
    "an offer-ish subject from a bulk sender",
    head("From: people@globex.example", "Subject: Your offer", UNSUB),
    "recruiting-mailbox",
  ],
  [
    "a weak cue on a bulk sender",
    head("From: founder@startup.example", "Subject: A role you might like", UNSUB),
    "possible-cue",
  ],
  [
    "a calendar invitation",
    head("From: Google Calendar <calendar-notification@google.com>", "Subject: Invitation: Sam / Dana @ Thu 5 Mar"),
    "possible-cue",
  ],
  [
    "a person writing without any cue",
    head("From: Dana Whitfield <dana@northwind.example>", "Subject: quick question", "In-Reply-To: <x@y>"),
    "unsure",
  ],
  [
    "the owner's own sent mail",
    head("From: Sam Rivera <sam.rivera@gmail.com>", "To: dana@northwind.example", "Subject: Re: Thursday"),
    "unsure",
  ],
  [
    "a receipt subject from a person (not automated)",
    head("From: Dana Whitfield <dana@northwind.example>", "Subject: your receipt for the travel"),
    "unsure",
  ],
  ["no From at all", head("Subject: (no sender)"), "unsure"],
];

// Dropped: clearly not about a process; bodies are never parsed.
const DROPPED: [string, Uint8Array, string][] = [
  [
    "a LinkedIn job alert (cue words in it)",
    head("From: LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", "Subject: 30 new jobs for Data Engineer", UNSUB),
    "job-alert",
  ],
  [
    "an Indeed job alert",
    head("From: Indeed <alert@indeed.com>", "Subject: Data Engineer jobs in Boston - hiring now"),
    "job-alert",
  ],
  [
    "a LinkedIn notification",
    head("From: LinkedIn <notifications-noreply@linkedin.com>", "Subject: Sam, you appeared in 9 searches this week"),
    "social",
  ],
  [
    "a LinkedIn invitation",
    head("From: LinkedIn <invitations@linkedin.com>", "Subject: Jane wants to connect"),
    "social",
  ],
  [
    "a shop's sale",
    head("From: Shop <news@shop.example>", "Subject: 30% off everything this weekend", UNSUB),
    "marketing",
  ],
  [
    "a webinar newsletter",
    head(
      "From: Dev Weekly <hi@devweekly.example>",
      "Subject: This week's newsletter: Rust, Postgres and more",
      "List-Id: <weekly.devweekly.example>",
    ),
    "marketing",
  ],
  [
    "a shipping notice",
    head("From: Amazon.com <shipment-tracking@amazon.com>", "Subject: Your package has shipped"),
    "automated",
  ],
  [
    "an order confirmation",
    head("From: auto-confirm@amazon.com", 'Subject: Your Amazon.com order #112-3 of "Desk lamp"'),
    "automated",
  ],
  ["a bank statement", head("From: Bank <no-reply@bank.example>", "Subject: Your statement is ready"), "automated"],
  ["a password reset", head("From: security@service.example", "Subject: Reset your password"), "automated"],
  [
    "a social comment",
    head(
      "From: Facebook <notification@facebookmail.com>",
      "Subject: Alex commented on your post",
      "Auto-Submitted: auto-generated",
    ),
    "automated",
  ],
  [
    "a Substack post",
    head(
      "From: Some Writer <somewriter@substack.com>",
      "Subject: On gardening",
      UNSUB,
      "List-Id: <somewriter.substack.com>",
    ),
    "bulk",
  ],
  [
    "a GitHub notification",
    head(
      "From: Sam <notifications@github.com>",
      "Subject: [org/repo] Fix flaky test (#42)",
      "List-Id: org/repo <repo.org.github.com>",
      UNSUB,
    ),
    "bulk",
  ],
  ["Precedence: bulk", head("From: digest@forum.example", "Subject: Daily summary", "Precedence: bulk"), "bulk"],
];

describe("prefilter", () => {
  it.each(KEPT)("keeps %s", async (_what, headerBytes, rule) => {
    expect(await looksLikeJobMail(headerBytes)).toBe(true);
    expect(prefilterVerdict(await readHeaders(headerBytes))).toEqual({ keep: true, rule });
  });

  it.each(DROPPED)("drops %s", async (_what, headerBytes, rule) => {
    expect(await looksLikeJobMail(headerBytes)).toBe(false);
    expect(prefilterVerdict(await readHeaders(headerBytes))).toEqual({ keep: false, rule });
  });
});

describe("readHeaders", () => {
  it("reads From, the decoded subject, Date and Message-ID from a header section", async () => {
    const headers = await readHeaders(
      head(
        'From: "Whitfield, Dana" <Dana@Northwind.example>',
        "Subject: =?ISO-8859-1?Q?Entrevue_=E0_Montr=E9al?=",
        "Date: Tue, 3 Mar 2026 10:15:00 -0500 (EST)",
        "Message-ID: <abc.123@northwind.example>",
      ),
    );
    expect(headers).toMatchObject({
      from: { name: "Whitfield, Dana", address: "dana@northwind.example" },
      subject: "Entrevue à Montréal",
      date: Date.parse("2026-03-03T15:15:00Z"),
      messageId: "abc.123@northwind.example",
    });
  });

  it("reads a section without its closing blank line, and leaves a bad Date as null", async () => {
    const headers = await readHeaders(bytes("Subject: cut\nDate: someday soon"));
    expect(headers).toMatchObject({ subject: "cut", date: null, from: null });
  });
});
