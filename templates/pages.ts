// The small HTML pages of the actions endpoint. GET shows a confirmation page whose form POSTs back
// to the same URL (mail scanners prefetch GETs; only the POST changes state). The token in the URL
// is the capability, so there is no session and no CSRF token. No JS, no external resources, every
// value escaped with the escaper the email templates use (fill.ts); readable on a phone.

import { escapeHtml } from "./fill";

const STYLE = [
  "body{font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#fafafa}",
  "main{max-width:32rem;margin:2rem auto;background:#fff;border:1px solid #ddd;border-radius:8px;padding:1.25rem}",
  "h1{font-size:1.35rem;margin:0 0 .75rem}",
  "label{display:block;font-weight:600;margin:.75rem 0 .25rem}",
  "input[type=text]{width:100%;box-sizing:border-box;font:inherit;padding:.6rem;border:1px solid #888;border-radius:6px}",
  "button{font:inherit;font-weight:600;margin-top:1rem;padding:.75rem 1.25rem;min-height:44px;border:0;border-radius:6px;background:#1f5fbf;color:#fff;width:100%}",
  "button:focus,input:focus{outline:3px solid #f0a500;outline-offset:2px}",
  "p.note{color:#555;font-size:.9rem}",
  "pre{white-space:pre-wrap;word-break:break-word;background:#f3f3f3;padding:.75rem;border-radius:6px}",
].join("");

function page(title: string, body: string): string {
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // The token is in the URL: never send it on as a referrer, never index the page.
    '<meta name="referrer" content="no-referrer">',
    '<meta name="robots" content="noindex, nofollow">',
    `<title>${escapeHtml(title)} · jobnudge</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    "<main>",
    body,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

export interface FormField {
  name: string;
  label: string;
  /** Pre-filled value, if any. */
  value?: string;
}

export interface ConfirmationPageInput {
  title: string;
  question: string;
  button: string;
  fields?: FormField[];
  note?: string;
}

/** GET: asks; its form POSTs to the same URL (no action attribute), which is what changes state. */
export function confirmationPage(input: ConfirmationPageInput): string {
  const fields = (input.fields ?? [])
    .map((f, i) => {
      const id = `field-${i}`;
      return (
        `<label for="${id}">${escapeHtml(f.label)}</label>` +
        `<input type="text" id="${id}" name="${escapeHtml(f.name)}" value="${escapeHtml(f.value ?? "")}" required maxlength="80" autocomplete="off">`
      );
    })
    .join("\n");
  return page(
    input.title,
    [
      `<h1>${escapeHtml(input.title)}</h1>`,
      `<p>${escapeHtml(input.question)}</p>`,
      '<form method="post">',
      fields,
      `<button type="submit">${escapeHtml(input.button)}</button>`,
      "</form>",
      input.note ? `<p class="note">${escapeHtml(input.note)}</p>` : "",
    ]
      .filter(Boolean)
      .join("\n"),
  );
}

export interface ResultPageInput {
  title: string;
  message: string;
  details?: string[];
  /** Preformatted plain text (the original message for "view"). */
  preformatted?: string;
}

/** After the POST: what changed and what comes next. */
export function resultPage(input: ResultPageInput): string {
  const details = input.details?.length
    ? `<ul>\n${input.details.map((d) => `<li>${escapeHtml(d)}</li>`).join("\n")}\n</ul>`
    : "";
  const pre = input.preformatted !== undefined ? `<pre>${escapeHtml(input.preformatted)}</pre>` : "";
  return page(
    input.title,
    [`<h1>${escapeHtml(input.title)}</h1>`, `<p role="status">${escapeHtml(input.message)}</p>`, details, pre]
      .filter(Boolean)
      .join("\n"),
  );
}

/** Forged, expired, reused or malformed links, and refused actions. Says that nothing changed. */
export function errorPage(title: string, message: string): string {
  return page(
    title,
    [
      `<h1>${escapeHtml(title)}</h1>`,
      `<p role="alert">${escapeHtml(message)}</p>`,
      '<p class="note">Nothing was changed. You can also steer jobnudge by email: send "help" as the subject to the inbox.</p>',
    ].join("\n"),
  );
}
