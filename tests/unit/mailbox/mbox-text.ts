// Builds mbox text the way the writers do, for the mailbox tests (test code only).

export const GMAIL_ENVELOPE = "From 1788766383567437921@xxx Thu Jan 29 16:19:54 +0000 2026";
export const THUNDERBIRD_ENVELOPE = "From - Thu Mar 05 10:15:00 2026";
export const APPLE_ENVELOPE = "From sam@example.com Thu Mar  5 10:15:00 2026";

/** mboxrd: every line starting with zero or more '>' then "From " gets one more '>'. */
export function escapeMboxrd(message: string): string {
  return message.replace(/^(>*From )/gm, ">$1");
}

/** A message with headers, in LF or CRLF. */
export function message(
  subject: string,
  body: string,
  options: { eol?: "\n" | "\r\n"; from?: string; date?: string; id?: string } = {},
): string {
  const eol = options.eol ?? "\n";
  const lines = [
    `From: ${options.from ?? "Dana Whitfield <dana@northwind.example>"}`,
    "To: sam.rivera@gmail.com",
    `Subject: ${subject}`,
    `Date: ${options.date ?? "Tue, 3 Mar 2026 10:15:00 -0500"}`,
    `Message-ID: <${options.id ?? subject.replace(/\W+/g, "-")}@northwind.example>`,
    "",
    ...body.split("\n"),
  ];
  return `${lines.join(eol)}${eol}`;
}

/** Messages joined as an mbox: separator line, message (escaped), blank line after each. */
export function mbox(messages: string[], options: { envelope?: string; escape?: boolean } = {}): string {
  return messages
    .map((m) => `${options.envelope ?? GMAIL_ENVELOPE}\n${options.escape === false ? m : escapeMboxrd(m)}\n`)
    .join("");
}

export const bytes = (text: string) => new TextEncoder().encode(text);
export const text = (raw: Uint8Array | null) => (raw === null ? null : new TextDecoder().decode(raw));
