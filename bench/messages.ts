// Deterministic benchmark messages: a small multipart/alternative forward, an HTML-heavy ATS mail,
// and an offer with a 1.5 MB PDF attachment. CRLF, as they arrive.

const CRLF = "\r\n";

function qp(text: string): string {
  const out: string[] = [];
  for (const line of text.split("\n")) {
    let encoded = line.replace(/=/g, "=3D");
    while (encoded.length > 75) {
      out.push(`${encoded.slice(0, 75)}=`);
      encoded = encoded.slice(75);
    }
    out.push(encoded);
  }
  return out.join(CRLF);
}

function base64Lines(bytes: Uint8Array): string {
  return (
    Buffer.from(bytes)
      .toString("base64")
      .match(/.{1,76}/g) ?? []
  ).join(CRLF);
}

const HEAD = [
  "From: Sam Rivera <sam.rivera@gmail.com>",
  "To: jobs@inbox.rivera.dev",
  "Date: Tue, 3 Mar 2026 11:02:17 -0500",
  "Message-ID: <bench-1@mail.gmail.com>",
  "MIME-Version: 1.0",
];

const OFFER_TEXT = `Hi Sam,

I'm delighted to offer you the Senior Data Analyst role at Northwind Analytics.

Base salary: $145,000
Bonus: 10% target
Sign-on bonus: $5,000
PTO: 25 days

Please let us know your decision by 5:00 PM ET on Friday, March 13.

Priya Shah
Senior Recruiter | Northwind Analytics
priya.shah@northwind.io`;

const FORWARD = `Offer! deadline friday

---------- Forwarded message ---------
From: Priya Shah <priya.shah@northwind.io>
Date: Tue, Mar 3, 2026 at 10:41 AM
Subject: Your offer from Northwind Analytics
To: Sam Rivera <sam.rivera@gmail.com>


${OFFER_TEXT}`;

export function smallMessage(): Uint8Array {
  const html = `<div>${FORWARD.replace(/\n/g, "<br>")}</div>`;
  return new TextEncoder().encode(
    [
      ...HEAD,
      "Subject: Fwd: Your offer from Northwind Analytics",
      'Content-Type: multipart/alternative; boundary="alt"',
      "",
      "--alt",
      'Content-Type: text/plain; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      qp(FORWARD),
      "--alt",
      'Content-Type: text/html; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      qp(html),
      "--alt--",
      "",
    ].join(CRLF),
  );
}

export function htmlHeavyMessage(): Uint8Array {
  const rows: string[] = [];
  for (let i = 0; rows.join("").length < 55_000; i += 1) {
    rows.push(
      `<tr><td style="padding:8px;border:1px solid #e5e7eb;font-family:Arial">Step ${i}</td><td style="padding:8px;color:#374151">Interview panel note ${i} &ndash; please review the schedule &amp; logistics</td></tr>`,
    );
  }
  const html = `<html><head><style>td{font-size:14px}</style></head><body><table>${rows.join("")}</table><p>${OFFER_TEXT.replace(/\n/g, "<br>")}</p></body></html>`;
  return new TextEncoder().encode(
    [
      "From: Northwind Analytics <no-reply@us.greenhouse-mail.io>",
      "To: sam.rivera@gmail.com",
      "X-Forwarded-To: jobs@inbox.rivera.dev",
      "Date: Tue, 3 Mar 2026 10:41:00 -0500",
      "Message-ID: <bench-2@greenhouse-mail.io>",
      "Subject: Your offer from Northwind Analytics",
      "MIME-Version: 1.0",
      'Content-Type: text/html; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      qp(html),
      "",
    ].join(CRLF),
  );
}

export function attachmentMessage(): Uint8Array {
  const pdf = new Uint8Array(1_100_000);
  let seed = 7;
  for (let i = 0; i < pdf.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    pdf[i] = seed & 0xff;
  }
  pdf.set(new TextEncoder().encode("%PDF-1.7\n"), 0);
  return new TextEncoder().encode(
    [
      ...HEAD,
      "Subject: Fwd: Your offer from Northwind Analytics",
      'Content-Type: multipart/mixed; boundary="mix"',
      "",
      "--mix",
      'Content-Type: text/plain; charset="UTF-8"',
      "Content-Transfer-Encoding: quoted-printable",
      "",
      qp(FORWARD),
      "--mix",
      'Content-Type: application/pdf; name="Offer_Letter.pdf"',
      'Content-Disposition: attachment; filename="Offer_Letter.pdf"',
      "Content-Transfer-Encoding: base64",
      "",
      base64Lines(pdf),
      "--mix--",
      "",
    ].join(CRLF),
  );
}
