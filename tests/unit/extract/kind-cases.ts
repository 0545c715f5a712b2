// A message written for a kind test, and the kind the classifier reads in it (its language detected
// as the extractor does): shared by the fresh-mail kind tests.
import { classifyKind } from "../../../functions/domain/extract/kind";
import { detectLanguage } from "../../../functions/domain/extract/language";
import type { MailFacts } from "../../../functions/domain/mail-facts";
import { sampleFacts } from "./sample-facts";

export interface KindCase {
  want: string;
  subject: string;
  body: string;
  attachments?: MailFacts["attachments"];
}

export function kindOf(c: KindCase): string {
  const facts = sampleFacts({ subject: c.subject, body: c.body, attachments: c.attachments ?? [] });
  return classifyKind(facts, false, detectLanguage(`${c.subject}\n${c.body}`)).kind;
}
