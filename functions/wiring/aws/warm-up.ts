// A cold container's first message used to cost ~40x a warm one (~230 ms vs 5.5 ms): V8 compiles
// chrono's and the extractors' regular expressions, and the MIME parser's code, on first use, and
// only realistic text reaches most of them (a one-line date does not: notes/performance.md §2).
// So the inbound root reads these made-up messages at INIT, where Lambda gives the CPU anyway.
// It touches no port: readEmail is pure, and nothing it reads is kept.
import { qp } from "../../adapters/mime";
import { readEmail } from "../../app/read-message";

const CRLF = "\r\n";

const BODY = `Can you look at this before Thursday? I think the deadline is firm.

---------- Forwarded message ---------
From: Dana Whitfield <dana.whitfield@example-robotics.test>
Date: Mon, Feb 9, 2026 at 9:14 AM
Subject: Next steps: onsite interview and offer timeline
To: Alex Warmup <alex@example.test>


Hi Alex,

Thanks again for speaking with the team last week. We'd love to invite you to an onsite
interview with our platform group on Tuesday, February 17 at 10:30 AM PT, followed by lunch
with the hiring manager. The loop has four 45-minute sessions: system design, coding, a
product conversation and a culture interview with Jordan Lee (Director of Engineering).

Please confirm your availability by end of day Wednesday, February 11. If that date does not
work, we can also do Thursday 2/19 or Monday, Feb 23 between 9am and 1pm Pacific.

As discussed, we expect to make decisions within two weeks of the onsite, and we would need
an answer on any offer within 5 business days. Our recruiting team will send a calendar invite
and travel details shortly; reimbursement covers flights and one night at the hotel.

If you are in other processes, let us know and we will do our best to move quickly.

Best regards,
Dana Whitfield
Senior Technical Recruiter | Example Robotics
dana.whitfield@example-robotics.test | +1 (415) 555-0142
`;

export function warmUpSample(): Uint8Array {
  return forward(BODY, "Next steps: onsite interview and offer timeline", "warm-up-1");
}

const OFFER_BODY = `Offer is in! They want an answer by next Friday.

---------- Forwarded message ---------
From: Morgan Diaz <morgan.diaz@example-analytics.test>
Date: Wed, Feb 11, 2026 at 4:05 PM
Subject: Your offer from Example Analytics
To: Alex Warmup <alex@example.test>


Hi Alex,

On behalf of the whole team, I'm thrilled to offer you the position of Staff Data Engineer at
Example Analytics, starting Monday, March 16, 2026.

Base salary: $182,000 per year
Annual bonus: 12% target
Sign-on bonus: $15,000
Equity: 4,000 RSUs vesting over four years
Paid time off: 24 days, plus company holidays

The formal offer letter will follow from our HR system. We'd appreciate your decision by
5:00 PM ET on Thursday, February 19. Happy to set up a call to go over any questions.

Warmly,
Morgan Diaz
Head of Talent | Example Analytics
`;

/** A forwarded offer: the offer terms, a decision deadline, a start date. */
export function warmUpOfferSample(): Uint8Array {
  return forward(OFFER_BODY, "Your offer from Example Analytics", "warm-up-3");
}

function forward(body: string, subject: string, id: string): Uint8Array {
  const html = `<div dir="ltr"><p>${body.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/\n\n/g, "</p><p>").replace(/\n/g, "<br>")}</p><p>&nbsp;&mdash; sent from my phone</p></div>`;
  return new TextEncoder().encode(
    [
      "From: Alex Warmup <alex@example.test>",
      "To: jobs@inbox.example.test",
      "Date: Thu, 12 Feb 2026 12:03:51 -0500",
      `Message-ID: <${id}@mail.example.test>`,
      `Subject: Fwd: ${subject}`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/alternative; boundary="warm"',
      "",
      "--warm",
      'Content-Type: text/plain; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      qp(body),
      "--warm",
      'Content-Type: text/html; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      qp(html),
      "--warm--",
      "",
    ].join(CRLF),
  );
}

/**
 * An HTML-only mail as applicant-tracking systems send it, auto-forwarded: the HTML-to-text path
 * and the extractors on a long body (V8 compiles a regular expression for long subjects at once).
 */
export function warmUpAtsSample(): Uint8Array {
  return atsMail(
    "<p>Hi Alex,</p><p>Thank you for applying to the Platform Engineer role at Example Robotics. Please complete the take-home assessment by Friday, February 20 at 11:59 PM ET.</p>",
    "Your application: next step for Platform Engineer",
    "warm-up-2",
  );
}

/**
 * The same with an offer letter under the table: the offer-terms and deadline passes on a long body,
 * which the forwarded offer (a short text) does not reach the same way.
 */
export function warmUpAtsOfferSample(): Uint8Array {
  const letter = OFFER_BODY.slice(OFFER_BODY.indexOf("Hi Alex,")).replace(/&/g, "&amp;").replace(/\n/g, "<br>");
  return atsMail(`<p>${letter}</p>`, "Your offer from Example Robotics", "warm-up-4");
}

function atsMail(letterHtml: string, subject: string, id: string): Uint8Array {
  const rows: string[] = [];
  for (let i = 0; rows.join("").length < 24_000; i += 1) {
    rows.push(
      `<tr><td style="padding:6px;border:1px solid #d1d5db;font-family:Helvetica">Stage ${i}</td><td style="padding:6px;color:#1f2937">Assessment &amp; review window &ndash; item ${i} of the hiring plan</td></tr>`,
    );
  }
  const html = `<html><head><style>td{font-size:13px}</style></head><body>${letterHtml}<table>${rows.join("")}</table><p>Kind regards,<br>The Example Robotics Talent Team</p></body></html>`;
  return new TextEncoder().encode(
    [
      "From: Example Robotics <no-reply@ats.example-robotics.test>",
      "To: alex@example.test",
      "X-Forwarded-To: jobs@inbox.example.test",
      "Date: Tue, 10 Feb 2026 08:20:00 -0800",
      `Message-ID: <${id}@ats.example-robotics.test>`,
      `Subject: ${subject}`,
      "MIME-Version: 1.0",
      'Content-Type: text/html; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      qp(html),
      "",
    ].join(CRLF),
  );
}

const ROUNDS = 4;

/**
 * Reads the samples (the forwards a few times: later passes reach code V8 compiles lazily) and loads
 * the compiled templates, which the first acknowledgement renders. Never throws.
 */
export async function warmUpReading(): Promise<void> {
  const ctx = {
    ownerAddresses: ["alex@example.test"],
    inboxAddress: "jobs@inbox.example.test",
    timezone: "America/New_York",
  };
  try {
    await import("./templates");
    const forwards = [warmUpSample(), warmUpOfferSample()];
    const ats = [warmUpAtsSample(), warmUpAtsOfferSample()];
    for (let round = 0; round < 2; round += 1) for (const raw of ats) await readEmail(raw, ctx);
    // A few rounds: V8 optimizes what runs repeatedly, as it would over a warm container's messages.
    for (let round = 0; round < ROUNDS; round += 1) for (const raw of forwards) await readEmail(raw, ctx);
  } catch {
    // A warm-up that fails only means the first message is slower; it must never stop INIT.
  }
}
