// What kind of message this is (corpus/SCHEMA.md). Scored cue tables over the newest message and
// its subject; older quoted messages never count, so a reply quoting an offer is not an offer.

import type { MailFacts } from "../mail-facts";
import type { MessageKind } from "../vocabularies";
import type { Cue } from "./kind-cues";
import { agendaRows, slotTalk, soundsPersonal, withoutMentions, withoutPromisedOffers } from "./kind-signals";
import type { Language } from "./language";
import { anyOf, cuesOf, kindTables } from "./languages/tables";
import { domainOf, isFreeMail } from "./senders";

export interface KindGuess {
  kind: MessageKind;
  confidence: number;
}

function score(text: string, cues: Cue[]): number {
  let total = 0;
  for (const [pattern, points] of cues) if (pattern.test(text)) total += points;
  return total;
}

const JOB_WORDS =
  /\b(?:interview\w*|offer|application|candidate|candidacy|role|position|recruit\w*|hiring|resume|CV|references?|onsite|panel)\b/i;

export function classifyKind(facts: MailFacts, outgoing: boolean, language: Language = "en"): KindGuess {
  if (outgoing) return { kind: "outgoing", confidence: 0.95 };
  // The English tables, plus the language's own when the message is in another one.
  const { REJECTION, NOT_REJECTION, OFFER, NOT_OFFER, EXTENSION, SCHEDULED, INVITE, UPDATE, OTHER } =
    kindTables(language);
  const { APPLICATION_RECEIVED, SLOTS, PROMISES } = kindTables(language);
  const local = cuesOf(language)?.kind;
  const jobWords = anyOf(JOB_WORDS, local?.jobWords);
  // Phrases in quotation marks are mentioned, not said (newsletters quote recruiters).
  const said = withoutMentions(facts.body.slice(0, 30_000));
  const text = `${facts.subject}\n${said}`;
  // Offer sentences that only promise an offer ("you'll receive the formal offer once approved")
  // are status news; offer cues are scored on the rest, where an actual offer would be made.
  const { text: offerText, promised } = withoutPromisedOffers(text, PROMISES);
  // A short reply ("Tuesday at 3 it is") can carry no job words itself: its thread does. Without
  // either, talk of times is social ("are you around Saturday?"), not an interview.
  const jobContext = jobWords.test(text) || jobWords.test(facts.quoted.slice(0, 10_000));
  const slots = jobContext ? slotTalk(said, SLOTS) : { proposals: 0, confirmations: 0 };

  const other = score(text, OTHER) + (facts.bulk ? 3 : 0);
  const rejection = Math.max(0, score(text, REJECTION) - score(text, NOT_REJECTION));
  const extension = score(text, EXTENSION);
  const offer =
    Math.max(0, score(offerText, OFFER) - score(offerText, NOT_OFFER)) +
    (hasOfferLetter(facts) ? 3 : 0) +
    (ownerReportsOffer(facts.ownerNote) ? 4 : 0);
  // A calendar file in bulk mail is a marketing event (webinar, fair), not the owner's interview.
  const calendarPoints = facts.calendar?.start && !facts.calendar.cancelled && !facts.bulk ? 5 : 0;
  // A settled time or an agenda of sessions is a scheduled interview; a time asked about is not.
  const scheduled =
    score(text, SCHEDULED) + calendarPoints + (slots.confirmations > 0 ? 5 : 0) + (agendaRows(said) >= 3 ? 4 : 0);
  const invite = score(text, INVITE) + (slots.proposals > 0 ? 4 : 0);
  // A promised offer is news only when no offer is made here ("the written offer will follow" after
  // "they're offering $138,000" belongs to that offer).
  const update = score(text, UPDATE) + (promised > 0 && offer < 4 ? 3 : 0);

  const applied = score(text, APPLICATION_RECEIVED);
  if (other >= 5 && rejection < 5 && scheduled < 5 && applied < 5)
    return { kind: "other", confidence: Math.min(0.95, 0.5 + other / 20) };
  // A friend or relative writing from a personal mailbox about the owner's search (or their own).
  const personal = !!facts.from && isFreeMail(domainOf(facts.from.address));
  if (personal && soundsPersonal(text, local?.personal) && offer < 6 && rejection < 5)
    return { kind: "other", confidence: 0.6 };
  if (!jobContext && rejection + offer + scheduled + invite + update < 4) return { kind: "other", confidence: 0.6 };

  const ranked: [MessageKind, number][] = [
    ["rejection", rejection >= 4 ? rejection + 2 : 0],
    ["update", extension >= 5 ? extension + 3 : 0],
    ["offer", offer >= 4 ? offer : 0],
    ["interview_scheduled", scheduled >= 4 ? scheduled : 0],
    ["interview_invite", invite >= 3 ? invite : 0],
    ["update", update + applied],
  ];
  ranked.sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] <= 0) {
    // Nothing employer-like was said. From a personal mailbox it is personal mail that merely
    // mentions an interview; from a company it is most likely a status note.
    // A bulk sign (an unsubscribe footer) with no process cue at all is a mailing, not news.
    return personal || other > 0 ? { kind: "other", confidence: 0.5 } : { kind: "update", confidence: 0.4 };
  }
  const margin = first[1] - (second?.[1] ?? 0);
  return { kind: first[0], confidence: Math.min(0.95, 0.55 + margin / 12 + first[1] / 40) };
}

export function hasOfferLetter(facts: MailFacts): boolean {
  return facts.attachments.some(
    (a) =>
      /pdf|msword|officedocument|rtf/.test(a.mimeType) &&
      (/offer|contract|letter|agreement/i.test(a.filename ?? "") ||
        /offer (?:letter|of employment)/i.test(a.textSample ?? "")),
  );
}

// The owner recaps a verbal offer in the note above what they forward ("They offered 150k on the
// phone, answer by Friday"): the employer's own words may only promise a letter. Hopes and
// hypotheticals ("if they offer", "not an offer yet") are not offers.
const OWNER_OFFER =
  /\b(?:(?:they|he|she)(?:'ve| have)?\s+(?:just\s+)?(?:offered(?! to\b)|made (?:me )?an? (?:\w+ )?offer)|offered me|verbal offer|offer (?:on|over) the (?:phone|call))\b/i;
const OWNER_NOT_OFFER = /\b(?:if|when|once|hope|hoping|maybe|might|not an offer|no offer)\b/i;

export function ownerReportsOffer(note: string | null): boolean {
  if (!note) return false;
  const sentence = note.split(/[.!?\n]+/).find((s) => OWNER_OFFER.test(s));
  return !!sentence && !OWNER_NOT_OFFER.test(sentence);
}
