// The owner's own reply to an employer, with the inbox in Bcc, quotes the thread under a bare
// "From:/Sent:" block (localized: De/Enviado, Da/Inviato, Van/Verzonden). That is a quote, not a
// forward: the message is outgoing. A forward subject or an explicit forward marker still forwards.
import { describe, expect, it } from "vitest";
import { readEmail } from "../../../functions/app/read-message";
import { cleanNote } from "../../../functions/mail/forward-blocks";

const OWNER = "sofia.marin@outlook.es";
const CTX = { ownerAddresses: [OWNER], timezone: "Europe/Madrid", inboxAddress: "jobs@in.example.es" };

function raw(subject: string, to: string, body: string): Uint8Array {
  const text = [
    `From: Sofia Marin <${OWNER}>`,
    `To: ${to}`,
    `Subject: ${subject}`,
    "Date: Tue, 31 Mar 2026 08:22:47 +0000",
    "Message-ID: <reply-1@outlook.es>",
    "MIME-Version: 1.0",
    'Content-Type: text/plain; charset="utf-8"',
    "",
    body,
  ].join("\r\n");
  return new TextEncoder().encode(text);
}

const quoteBlocks = {
  spanish:
    "________________________________\nDe: Marta Vidal <marta.vidal@lumoragames.com>\nEnviado: lunes, 30 de marzo de 2026 17:41\nPara: Sofia Marin <sofia.marin@outlook.es>\nAsunto: Next steps",
  italian:
    "Da: Marta Vidal <marta.vidal@lumoragames.com>\nInviato: lunedì 30 marzo 2026 17:41\nA: Sofia Marin <sofia.marin@outlook.es>\nOggetto: Next steps",
  dutch:
    "Van: Marta Vidal <marta.vidal@lumoragames.com>\nVerzonden: maandag 30 maart 2026 17:41\nAan: Sofia Marin <sofia.marin@outlook.es>\nOnderwerp: Next steps",
  english:
    "From: Marta Vidal <marta.vidal@lumoragames.com>\nSent: Monday, March 30, 2026 5:41 PM\nTo: Sofia Marin <sofia.marin@outlook.es>\nSubject: Next steps",
};
const reply =
  "Hi Marta,\n\nI have accepted another offer, so I would like to withdraw my application.\n\nAll the best,\nSofia\n\n";
const quotedInvite =
  "\n\nHi Sofia, the team want to invite you to the final interview. Can you share your availability?";

describe("owner reply with a bare quote block, inbox in Bcc", () => {
  it.each(Object.entries(quoteBlocks))("%s labels: outgoing, read as a Bcc", async (_lang, block) => {
    const mail = raw("Re: Next steps", "Marta Vidal <marta.vidal@lumoragames.com>", reply + block + quotedInvite);
    const read = await readEmail(mail, CTX);
    expect(read.outer.forward).toBe("bcc");
    expect(read.extraction.kind).toBe("outgoing");
    expect(read.extraction.contactEmail).toBe("marta.vidal@lumoragames.com");
  });

  it("a forward subject to someone else still unwraps the block", async () => {
    const mail = raw("RV: Next steps", "Friend <friend@example.org>", `FYI\n\n${quoteBlocks.spanish}${quotedInvite}`);
    const read = await readEmail(mail, CTX);
    expect(read.outer.forward).toBe("inline");
    expect(read.extraction.kind).toBe("interview_invite");
  });

  it("a manual forward to the inbox only is still a forward without a forward subject", async () => {
    const mail = raw("Next steps", CTX.inboxAddress, `see below\n\n${quoteBlocks.spanish}${quotedInvite}`);
    const read = await readEmail(mail, CTX);
    expect(read.outer.forward).toBe("inline");
  });
});

describe("cleanNote drops localized mobile-client footers", () => {
  it.each([
    ["Obtener Outlook para Android"],
    ["Enviado desde mi iPhone"],
    ["Scarica Outlook per Android"],
    ["Inviato da iPhone"],
    ["Verzonden vanaf mijn iPhone"],
    ["Outlook voor Android downloaden"],
    ["Télécharger Outlook pour iOS"],
  ])("%s", (footer) => {
    expect(cleanNote(`Deadline is Monday noon\n\n${footer}`)).toBe("Deadline is Monday noon");
  });
  it("keeps a note line that merely mentions a phone", () => {
    expect(cleanNote("Enviado a Marta desde el móvil, ojo")).toBe("Enviado a Marta desde el móvil, ojo");
  });
});
