// Inline forwards and quoted threads in plain text, as mail clients write them: Gmail
// ("---------- Forwarded message ---------"), Outlook (underscore rule or a bare From:/Sent: block,
// localized as Von/Gesendet/An/Betreff or De/Envoyé/À/Objet), Apple Mail and iOS ("Begin forwarded
// message:", often "> "-quoted), Yahoo (header jammed onto one line), Proton, Thunderbird.

export interface ForwardHeaders {
  from: string | null;
  to: string | null;
  cc: string | null;
  date: string | null;
  subject: string | null;
  /** The original's Reply-To, when the client writes it into the block (Apple Mail, Thunderbird). */
  replyTo?: string;
}

export interface InlineForward {
  /** What the forwarder wrote above the block. */
  note: string;
  headers: ForwardHeaders;
  /** The forwarded message's text, unquoted, including anything it quotes. */
  body: string;
}

// Marker lines by language: a rule of dashes (Gmail, Outlook, Thunderbird) or of equals signs (Zoho,
// which writes it above and below the header block) around the words, or a
// sentence ending in a colon (Apple Mail, iOS).
const DASHED_MARKERS = [
  "Forwarded message",
  "Original Message",
  "Weitergeleitete Nachricht",
  "Ursprüngliche Nachricht",
  "Message transféré",
  "Message d'origine",
  // Roundcube's French forward ("-------- Message original --------"), German webmail's.
  "Message original",
  "Original-?Nachricht",
  "Mensaje reenviado",
  "Mensaje original",
  "Messaggio inoltrato",
  "Messaggio originale",
  "Doorgestuurd bericht",
  "Oorspronkelijk bericht",
  "Vidarebefordrat meddelande",
  "Ursprungligt meddelande",
  "Mensagem encaminhada",
  "Mensagem reencaminhada",
  "Mensagem original",
  "Przekazana wiadomość",
  "Wiadomość przekazana dalej",
  "Oryginalna wiadomość",
  "Videresendt (?:besked|melding|meddelelse)",
  "Oprindelig meddelelse",
  "Opprinnelig melding",
];
const SENTENCE_MARKERS = [
  "Begin forwarded message",
  "Anfang der weitergeleiteten Nachricht",
  "Début du message réexpédié",
  "Inicio del mensaje reenviado",
  "Início da mensagem (?:re)?encaminhada",
  "Inizio messaggio inoltrato",
  "Början av vidarebefordrat (?:meddelande|brev)",
  "Vidarebefordrat (?:meddelande|brev)",
  "Początek przekazywanej wiadomości",
  "Wiadomość przekazana dalej",
  "Start på videresendt (?:besked|meddelelse)",
  "Begynnelse på videresendt melding",
  "Begin doorgestuurd bericht",
];
const MARKER = new RegExp(
  `^(?:-{2,}|={2,})\\s*(?:${DASHED_MARKERS.join("|")})\\s*(?:-{2,}|={2,})|^(?:${SENTENCE_MARKERS.join("|")})\\s*:`,
  "iu",
);
const UNDERSCORE_RULE = /^_{10,}\s*$/;

const LABELS: Record<string, keyof ForwardHeaders> = {
  from: "from",
  von: "from",
  de: "from",
  da: "from",
  van: "from",
  från: "from",
  fra: "from",
  od: "from",
  expéditeur: "from",
  to: "to",
  an: "to",
  à: "to",
  a: "to",
  para: "to",
  aan: "to",
  till: "to",
  til: "to",
  destinataire: "to",
  do: "to",
  pour: "to",
  cc: "cc",
  kopie: "cc",
  kopia: "cc",
  kopi: "cc",
  dw: "cc",
  date: "date",
  sent: "date",
  gesendet: "date",
  datum: "date",
  envoyé: "date",
  enviado: "date",
  inviato: "date",
  verzonden: "date",
  skickat: "date",
  sendt: "date",
  data: "date",
  fecha: "date",
  enviada: "date",
  wysłano: "date",
  wysłane: "date",
  dato: "date",
  subject: "subject",
  betreff: "subject",
  objet: "subject",
  sujet: "subject",
  asunto: "subject",
  oggetto: "subject",
  onderwerp: "subject",
  ämne: "subject",
  emne: "subject",
  assunto: "subject",
  temat: "subject",
};
/** A block's headers before any is read, or of a forward whose headers are unknown. */
const noHeaders = (): ForwardHeaders => ({ from: null, to: null, cc: null, date: null, subject: null });
/** The text's lines, whatever line ends it was written with. */
const linesOf = (text: string) => text.replace(/\r\n?/g, "\n").split("\n");
const LABEL_LINE = /^([\p{L}]{1,12})\s?:\s*(.*)$/u;
// eM Client writes its block without colons under "------ Original Message ------":
// 'From "Name" <a@b.c>' / 'To ...' / 'Date 2027-11-05 10:03:12 AM' / 'Subject ...'.
const BARE_FROM_LINE = /^From\s+(?:"[^"]*"\s*)?<?[^\s<>@:]+@[^\s<>]+>?\s*$/;
const BARE_LABEL_LINE = /^(From|To|Cc|Date|Subject)\s+(\S.*)$/;
// "Reply-To:" and its translations ("Antwoord aan", "Antwort an", "Répondre à", "Responder a"):
// two words or a hyphen, which LABEL_LINE does not read, so the line would run on into "To".
const REPLY_TO_LINE =
  /^(?:Reply-To|Antwoord aan|Antwort an|R[ée]pondre [àa]|Responder a|Rispondi a|Svara till|Svar til|Odpowied[źz] do)\s?:\s*(.*)$/iu;
const FROM_LABEL = /^(?:From|Von|De|Da|Van|Från|Fra|Od|Expéditeur)\s?:\s*\S/u;
const DATE_OR_SUBJECT_LABEL =
  /^(?:Sent|Date|Gesendet|Datum|Envoyé|Enviado|Enviada|Fecha|Data|Inviato|Verzonden|Skickat|Sendt|Dato|Wysłano|Wysłane|Subject|Betreff|Objet|Sujet|Asunto|Assunto|Oggetto|Onderwerp|Ämne|Emne|Temat)\s?:/u;
// No word boundary: Yahoo writes "...AM MDTSubject: ...".
const JAMMED_LABEL = /(?<=\S)\s*(From|To|Cc|Sent|Date|Subject|Von|An|Gesendet|Betreff|Envoyé|Objet)\s?:\s/gu;

function unquote(line: string): string {
  return line.replace(/^(?:\s*>)+ ?/, "");
}

function isHeaderStart(lines: string[], i: number): boolean {
  const line = unquote(lines[i] ?? "").trim();
  if (!FROM_LABEL.test(line)) return false;
  if (/\b(?:Sent|Date|Subject|Gesendet|Betreff)\s?:/.test(line)) return true;
  for (let j = i + 1; j < Math.min(lines.length, i + 5); j += 1) {
    if (DATE_OR_SUBJECT_LABEL.test(unquote(lines[j] ?? "").trim())) return true;
  }
  return false;
}

/** Index of the first line that starts a forward or quote block, or -1. */
function blockStart(lines: string[], from: number, explicitOnly: boolean): number {
  for (let i = from; i < lines.length; i += 1) {
    const line = unquote(lines[i] ?? "").trim();
    if (MARKER.test(line)) return i;
    if (explicitOnly) continue;
    if (UNDERSCORE_RULE.test(line) && isHeaderStart(lines, i + 1)) return i;
    if (isHeaderStart(lines, i)) return i;
  }
  return -1;
}

function readHeaders(lines: string[], start: number): { headers: ForwardHeaders; next: number } {
  const headers: ForwardHeaders = noHeaders();
  let i = start;
  let count = 0;
  let last: keyof ForwardHeaders | null = null;
  let bare = false;
  for (; i < lines.length && i < start + 30; i += 1) {
    const line = unquote(lines[i] ?? "").trim();
    if (line === "") {
      if (count > 0) break;
      continue;
    }
    if (MARKER.test(line) || UNDERSCORE_RULE.test(line)) {
      // Zoho closes its header block with the marker it opened it with: that line is not the body's.
      if (count > 0 && line === unquote(lines[start] ?? "").trim()) i += 1;
      if (count > 0) break;
      continue;
    }
    const replyTo = REPLY_TO_LINE.exec(line);
    if (replyTo) {
      headers.replyTo ??= (replyTo[1] ?? "").trim();
      last = null;
      count += 1;
      continue;
    }
    if (count === 0 && BARE_FROM_LINE.test(line)) bare = true;
    const m = LABEL_LINE.exec(line) ?? (bare ? BARE_LABEL_LINE.exec(line) : null);
    const key = m ? LABELS[(m[1] ?? "").toLowerCase()] : undefined;
    if (m && key) {
      if (headers[key] === null) headers[key] = (m[2] ?? "").trim();
      last = key;
      count += 1;
    } else if (last === "to" || last === "cc") {
      headers[last] = `${headers[last] ?? ""} ${line}`;
    } else if (count >= 2) {
      break;
    }
  }
  return { headers, next: i };
}

/** Lines after a marker may carry the whole header on one line (Yahoo): split it at the labels. */
function spreadJammedHeader(lines: string[], at: number): string[] {
  const out = [...lines];
  for (let i = at; i < Math.min(out.length, at + 3); i += 1) {
    const line = out[i] ?? "";
    const labels = line.match(JAMMED_LABEL);
    if (labels && labels.length >= 2) {
      const prefix = /^(?:\s*>)+ ?/.exec(line)?.[0] ?? "";
      const spread = line.replace(JAMMED_LABEL, (_, label: string) => `\n${prefix}${label}: `).split("\n");
      out.splice(i, 1, ...spread);
      return out;
    }
  }
  return out;
}

function dequoteBlock(lines: string[]): string[] {
  const nonEmpty = lines.filter((l) => l.trim() !== "");
  const quoted = nonEmpty.filter((l) => /^\s*>/.test(l)).length;
  if (nonEmpty.length === 0 || quoted / nonEmpty.length < 0.8) return lines;
  return lines.map((l) => l.replace(/^\s*> ?/, ""));
}

/** The first forward block in a text, or null. `explicitOnly` ignores bare From:/Sent: blocks. */
export function findInlineForward(text: string, explicitOnly = false): InlineForward | null {
  let lines = linesOf(text);
  const start = blockStart(lines, 0, explicitOnly);
  if (start < 0) return null;
  const markerLine = unquote(lines[start] ?? "");
  // Yahoo: "----- Forwarded Message ----- From: ...To: ...Sent: ..." on one line.
  const afterMarker = markerLine.replace(MARKER, "").trim();
  if (MARKER.test(markerLine.trim()) && afterMarker)
    lines.splice(start, 1, markerLine.trim().replace(afterMarker, ""), afterMarker);
  lines = spreadJammedHeader(lines, start);
  let { headers, next } = readHeaders(lines, start);
  if (!headers.from && !headers.subject && !headers.date) {
    const attributed = attributionAfterMarker(lines, start);
    if (!attributed) return null;
    ({ headers, next } = attributed);
  }
  const body = dequoteBlock(lines.slice(next)).join("\n").trim();
  return { note: lines.slice(0, start).join("\n").trim(), headers, body };
}

// "On Tuesday, May 12, 2026, 2:41 PM, Derek Osei <derek@x.com> wrote:": who and when, as a header.
// Spark writes a comma before "wrote" ("On 2 Dec 2027 at 12:50 +0100, Jo Doe <jo@x.com>, wrote:").
const ATTRIBUTION_HEADER =
  /^On\s+(.{4,120}),\s+([^,<>]{0,80}<[^<>\s@]+@[^<>\s]+>|[^\s<>@]+@[^\s<>]+),?\s+wrote\s?:\s*$/i;
// Tuta writes the date first and the address after "by" ("16 Jun 2028, 15:20 by jo@x.com:").
const DATE_BY_ATTRIBUTION = /^(\d{1,2}\.? [A-Za-z]{3,9}\.? \d{4},? \d{1,2}:\d{2}) by ([^\s<>@]+@[^\s<>]+):\s*$/;

/**
 * Yahoo for iPhone forwards with a marker and then a reply attribution instead of a header block
 * ("Begin forwarded message:" / "On ..., Derek Osei <derek@x.com> wrote:" / quoted text).
 */
function attributionAfterMarker(lines: string[], start: number): { headers: ForwardHeaders; next: number } | null {
  if (!MARKER.test(unquote(lines[start] ?? "").trim())) return null;
  for (let i = start + 1; i < Math.min(lines.length, start + 4); i += 1) {
    const line = unquote(lines[i] ?? "").trim();
    if (line === "") continue;
    const m = ATTRIBUTION_HEADER.exec(line);
    if (!m) return null;
    return { headers: { from: m[2] ?? null, to: null, cc: null, date: m[1] ?? null, subject: null }, next: i + 1 };
  }
  return null;
}

const REPLY_ATTRIBUTION =
  /^(?:On\s.{4,200}\swrote|Am\s.{4,200}\sschrieb\s.{1,120}|Le\s.{4,200}\sa écrit|El\s.{4,200}\sescribió|Op\s.{4,200}\sschreef\s.{1,120}|Il giorno\s.{4,200}\sha scritto)\s?:\s*$/i;

/** Split a message into its newest part and the older messages it quotes. */
export function splitQuotedThread(text: string): { newest: string; quoted: string } {
  const lines = text.split("\n");
  let cut = blockStart(lines, 1, false);
  let seenUnquoted = false;
  for (let i = 0; i < lines.length && (cut < 0 || i < cut); i += 1) {
    const line = (lines[i] ?? "").trim();
    const quotedLine = /^\s*>/.test(line);
    const joined = `${line} ${(lines[i + 1] ?? "").trim()}`;
    if (REPLY_ATTRIBUTION.test(line)) {
      cut = i;
      break;
    }
    if (/^On\s/.test(line) && REPLY_ATTRIBUTION.test(joined)) {
      cut = i;
      break;
    }
    // Two or more ">" lines after some unquoted text: an older message quoted without attribution.
    if (seenUnquoted && quotedLine && /^\s*>/.test(lines[i + 1] ?? "")) {
      cut = i;
      break;
    }
    if (line && !quotedLine) seenUnquoted = true;
  }
  if (cut < 0) return { newest: text.trim(), quoted: "" };
  return { newest: lines.slice(0, cut).join("\n").trim(), quoted: lines.slice(cut).join("\n").trim() };
}

// Mobile clients' signatures, in the languages their apps ship in.
const CLIENT_FOOTER =
  /^(?:Sent from (?:my )?(?:iPhone|iPad|Android|Samsung|mobile|Outlook|Yahoo Mail|Mail for Windows).*|Sent with Proton Mail.*|Sent using Zoho Mail.*|Sent with Spark.*|Get Outlook for .*|Von meinem iPhone gesendet|Envoyé de mon iPhone|(?:Obtener|Descargar) Outlook para .*|Enviado desde mi (?:iPhone|iPad|Android|móvil|Samsung).*|Scarica Outlook per .*|Inviato da(?:l mio)? (?:iPhone|iPad|Android|Outlook).*|Outlook voor .* downloaden|(?:Verzonden|Verstuurd) (?:vanaf|van) mijn (?:iPhone|iPad|Android).*|Télécharger Outlook pour .*|Outlook für .* herunterladen|Enviado do meu (?:iPhone|iPad|Android|celular|telemóvel).*|Skickat från min (?:iPhone|iPad|Android|mobil).*|Sendt fra min (?:iPhone|iPad|Android|mobil).*|Wysłane z (?:mojego )?(?:iPhone|iPada|iPad|Androida|telefonu).*)$/i;

/** The owner's note without client footers and signature. */
export function cleanNote(note: string): string {
  const lines: string[] = [];
  for (const line of note.split("\n")) {
    if (/^-- ?$/.test(line)) break;
    if (CLIENT_FOOTER.test(line.trim())) continue;
    lines.push(line);
  }
  return lines.join("\n").trim();
}

/**
 * A forward written as a reply attribution with no marker and no header block, as Spark forwards:
 * the owner's short note (often only the client footer), then "On <date>, Name <a@b.c>, wrote:" and
 * the quoted message. Only the caller knows the mail was a forward (its subject).
 */
export function attributedForward(text: string): InlineForward | null {
  const lines = linesOf(text);
  const attribution = (line: string) => ATTRIBUTION_HEADER.exec(line.trim()) ?? DATE_BY_ATTRIBUTION.exec(line.trim());
  const at = lines.slice(0, 12).findIndex((line) => attribution(line) !== null);
  if (at < 0) return null;
  const m = attribution(lines[at] ?? "");
  const note = lines.slice(0, at).join("\n").trim();
  const body = dequoteBlock(lines.slice(at + 1))
    .join("\n")
    .trim();
  if (!m || note.length > 300 || body.length < 80) return null;
  return { note, headers: { from: m[2] ?? null, to: null, cc: null, date: m[1] ?? null, subject: null }, body };
}

/**
 * A forward from a phone that pasted the message without its header block: the owner's short note,
 * the phone's own footer ("Sent from my iPhone") and then the pasted message. Only the caller knows
 * the mail was a forward (its subject); no header of the original is known.
 */
export function headerlessForward(text: string): InlineForward | null {
  const lines = linesOf(text);
  const footer = lines.slice(0, 8).findIndex((line) => CLIENT_FOOTER.test(line.trim()));
  if (footer < 0) return null;
  const note = lines.slice(0, footer).join("\n").trim();
  const body = dequoteBlock(lines.slice(footer + 1))
    .join("\n")
    .trim();
  // A short note above the footer, and a whole message below it.
  if (note.length > 300 || body.length < 150) return null;
  return { note, headers: noHeaders(), body };
}

// A letter's salutation to one person by name: "Dear Aditi,", "Hi Aditi -", "Dear Ms. Kulkarni,".
const SALUTATION =
  /^(?:Dear|Hi|Hello|Hey|Greetings|Bonjour|Chère|Cher|Hallo|Liebe|Lieber|Hola|Estimad[ao]|Querid[ao]|Olá|Oi|Prezad[ao]|Ciao|Gentile|Caro|Cara|Beste|Hej|Cześć|Witaj)\s+(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Sr|Sra|Srta|Herr|Frau|Madame|Monsieur|Mme|M|Mevrouw|Meneer|Dhr|Mevr)\.?\s+)?([\p{L}][\p{L}'-]*)\s*[,!:–—-]?\s*$/iu;
const ADDRESS_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;

/**
 * A letter to the owner pasted under a short note of hers without any forward header (a phone's
 * "Fwd:" that lost the block): the note, a blank line, a salutation to the owner by her name
 * ("Dear Aditi,", "Dear Ms. Kulkarni,") and a whole message that gives a mail address, as a sender's signature does. The
 * owner never greets herself, so her own mail (to an employer or a note to the inbox) is not one.
 */
export function greetedLetterForward(text: string, ownerNames: string[]): InlineForward | null {
  if (ownerNames.length === 0) return null;
  const names = new Set(ownerNames.map((n) => n.toLocaleLowerCase()));
  const lines = linesOf(text);
  const at = lines.slice(0, 8).findIndex((line, i) => {
    const m = SALUTATION.exec(line.trim());
    return i > 0 && !!m && names.has((m[1] ?? "").toLocaleLowerCase()) && (lines[i - 1] ?? "").trim() === "";
  });
  if (at < 1) return null;
  // A phone's footer or a bare marker above it is `headerlessForward`'s to read.
  if (lines.slice(0, at).some((line) => CLIENT_FOOTER.test(line.trim()) || MARKER.test(unquote(line).trim())))
    return null;
  const note = lines.slice(0, at).join("\n").trim();
  const body = lines.slice(at).join("\n").trim();
  if (!note || note.length > 300 || body.length < 150 || !ADDRESS_IN_TEXT.test(body)) return null;
  return { note, headers: noHeaders(), body };
}

// The owner's line that introduces a message pasted in quotation marks: "Sizwe's message:",
// "copied from WhatsApp:", "her email:", "voici son message :", "seine Mail:".
const PASTE_INTRO =
  /(?:message|e-?mail|mail|text|copied|pasted|said|wrote|writes|nachricht|mensaje|correo|mensagem|bericht|messaggio|wiadomość|meddelande|besked)\b[^:]{0,40}\s?:\s*$/iu;
const OPEN_QUOTE = /^["“„«»]\s*/u;
const CLOSE_QUOTE = /\s*["”“»«]$/u;

/**
 * A message the owner pasted in quotation marks under a line of her own that introduces it
 * ("fyi - copied from my phone, Sizwe's message:"), with no header block and no forward subject:
 * a forward whose headers are unknown. The pasted text must be a whole message (150 characters or
 * more) that gives a mail address, as a sender's signature does; the owner's note above it is short.
 * An owner's own note quoting a line or two ("she said: "we'll be in touch"") is not one.
 */
export function pastedMessage(text: string): InlineForward | null {
  const lines = linesOf(text);
  const intro = lines.slice(0, 6).findIndex((line) => PASTE_INTRO.test(line.trim()));
  if (intro < 0) return null;
  const open = lines.findIndex((line, i) => i > intro && line.trim() !== "");
  if (open < 0 || !OPEN_QUOTE.test(lines[open]?.trim() ?? "")) return null;
  let close = -1;
  for (let i = lines.length - 1; i >= open; i -= 1) {
    if (CLOSE_QUOTE.test(lines[i]?.trim() ?? "")) {
      close = i;
      break;
    }
  }
  if (close < 0) return null;
  const note = lines.slice(0, open).join("\n").trim();
  const pasted = lines.slice(open, close + 1);
  pasted[0] = (pasted[0] ?? "").replace(OPEN_QUOTE, "");
  pasted[pasted.length - 1] = (pasted[pasted.length - 1] ?? "").replace(CLOSE_QUOTE, "");
  const body = pasted.join("\n").trim();
  if (note.length > 300 || body.length < 150 || !ADDRESS_IN_TEXT.test(body)) return null;
  return { note, headers: noHeaders(), body };
}
