// A deterministic Gmail-Takeout-like mbox for the import bench: most of a real mailbox is not job
// mail (newsletters, receipts, social notifications), a fifth is (ATS relays, recruiters, the owner's
// replies). Gmail-sized header sections (Received chain, DKIM, ARC, X-GM labels) and bodies of
// 2-24 KB, written in 1 MB pieces, in no particular date order.
import { closeSync, openSync, writeSync } from "node:fs";

/** mulberry32: the same sequence on every run (also the chaos harness's seeded schedule). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Kind {
  share: number;
  from: string;
  subject: string;
  bulk: boolean;
  job: boolean;
}

const KINDS: Kind[] = [
  {
    share: 0.3,
    from: "The Weekly <newsletter@weekly.example>",
    subject: "This week: databases, queues and more",
    bulk: true,
    job: false,
  },
  { share: 0.15, from: "Shop <news@shop.example>", subject: "Up to 40% off this weekend", bulk: true, job: false },
  {
    share: 0.1,
    from: "Shop <shipment-tracking@shop.example>",
    subject: "Your package has shipped",
    bulk: false,
    job: false,
  },
  {
    share: 0.1,
    from: "LinkedIn <notifications-noreply@linkedin.com>",
    subject: "You appeared in 12 searches",
    bulk: true,
    job: false,
  },
  {
    share: 0.05,
    from: "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    subject: "25 new jobs for Data Analyst",
    bulk: true,
    job: false,
  },
  { share: 0.05, from: "Forum <digest@forum.example>", subject: "Daily summary", bulk: true, job: false },
  { share: 0.05, from: "Alex Kim <alex.kim@gmail.com>", subject: "Dinner on Friday?", bulk: false, job: false },
  {
    share: 0.06,
    from: "Northwind Recruiting <no-reply@us.greenhouse-mail.io>",
    subject: "Thanks for applying to Northwind",
    bulk: true,
    job: true,
  },
  {
    share: 0.04,
    from: "Kestrel Pay <no-reply@hire.lever.co>",
    subject: "Kestrel Pay: next steps",
    bulk: false,
    job: true,
  },
  {
    share: 0.05,
    from: "Dana Whitfield <dana@northwind.example>",
    subject: "Interview on Thursday",
    bulk: false,
    job: true,
  },
  {
    share: 0.03,
    from: "Halvorsen <halvorsen@myworkday.com>",
    subject: "Update on your application",
    bulk: false,
    job: true,
  },
  { share: 0.02, from: "Sam Rivera <sam.rivera@gmail.com>", subject: "Re: Offer", bulk: false, job: true },
];

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const LINE = "TWFpbCBmcm9tIGFuIGltcG9ydCBiZW5jaCwgYSBsaW5lIG9mIGJhc2U2NCB0ZXh0IHRvIGZpbGwgdGhlIGJvZHk=";

function pick(kinds: Kind[], r: number): Kind {
  let sum = 0;
  for (const kind of kinds) {
    sum += kind.share;
    if (r < sum) return kind;
  }
  return kinds[kinds.length - 1] as Kind;
}

function rfcDate(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

function asctime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000 ${d.getUTCFullYear()}`;
}

function messageText(id: string, i: number, kind: Kind, ms: number, next: () => number): string {
  const received = Array.from(
    { length: 4 },
    (_, hop) =>
      `Received: from mx${hop}.example (mx${hop}.example. [10.0.${hop}.${i % 250}])\r\n        by mx.google.com with ESMTPS id ${id.slice(0, 12)}\r\n        for <sam.rivera@gmail.com>; ${rfcDate(ms)}`,
  );
  const headers = [
    `X-GM-THRID: ${1788766383567437921n + BigInt(i)}`,
    `X-Gmail-Labels: ${kind.job ? "Inbox,Jobs" : "Archived,Category Promotions"}`,
    "Delivered-To: sam.rivera@gmail.com",
    ...received,
    `ARC-Seal: i=1; a=rsa-sha256; t=${Math.floor(ms / 1000)}; cv=none; d=google.com; s=arc-20240605;\r\n        b=${LINE}\r\n         ${LINE}`,
    `DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=example; s=s1;\r\n        h=from:to:subject:date:message-id; bh=${LINE.slice(0, 44)};\r\n        b=${LINE}\r\n         ${LINE}`,
    `From: ${kind.from}`,
    "To: Sam Rivera <sam.rivera@gmail.com>",
    `Subject: ${kind.subject} (${i})`,
    `Date: ${rfcDate(ms)}`,
    `Message-ID: <${id}>`,
    ...(kind.bulk
      ? ["List-Unsubscribe: <https://example.com/unsubscribe/123>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"]
      : []),
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="UTF-8"',
    "Content-Transfer-Encoding: 7bit",
  ];
  const bodyLines = 20 + Math.floor(next() * 260);
  const body = `Hello Sam,\r\n\r\nFrom our side, a few lines.\r\n${`${LINE}\r\n`.repeat(bodyLines)}`;
  return `${headers.join("\r\n")}\r\n\r\n${body}`;
}

/** Writes `count` messages to `path`; returns the Message-IDs of those that are job mail. */
export function writeBenchMbox(path: string, count: number): { jobIds: Set<string>; bytes: number } {
  const next = random(20260302);
  const fd = openSync(path, "w");
  let pieces: string[] = [];
  let size = 0;
  let bytes = 0;
  const jobIds = new Set<string>();
  const start = Date.UTC(2025, 8, 1);
  for (let i = 0; i < count; i += 1) {
    const kind = pick(KINDS, next());
    const ms = start + Math.floor(next() * 180 * 86_400_000); // six months, shuffled
    const id = `${i}.${Math.floor(next() * 1e9)}@mail.example`;
    if (kind.job) jobIds.add(id);
    // mboxrd escaping of the body's "From " lines, as Takeout writes it.
    const text = messageText(id, i, kind, ms, next).replace(/^(>*From )/gm, ">$1");
    const piece = `From ${1788766383567437921n + BigInt(i)}@xxx ${asctime(ms)}\n${text}\n`;
    pieces.push(piece);
    size += piece.length;
    if (size > 1024 * 1024) {
      bytes += writeSync(fd, pieces.join(""));
      pieces = [];
      size = 0;
    }
  }
  bytes += writeSync(fd, pieces.join(""));
  closeSync(fd);
  return { jobIds, bytes };
}
