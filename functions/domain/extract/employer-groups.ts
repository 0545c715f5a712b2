// Two ways a sender writes for a company other than its own: a parent group's recruiter names the
// brand the job is at ("la posición de Gerente de Producto en Tienda Colibrí", signed "Grupo Sierra
// Alta"), and a search firm's consultant speaks of its client in the third person ("Larkspur Bank
// have started reference checks ... their team will call them"). Both name the other company.

import { lazily } from "./lazy-pattern";

// One name unit, as the employer patterns write it.
const NAME = String.raw`((?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|&)(?:[ \t]+(?:[\p{Lu}\p{N}][\p{L}\p{N}'’.-]*|&|and|of|de|del)){0,4})`;

/** A group's name: "Grupo Sierra Alta", "Halden Group", "Marlow Holdings", "Holzmark Gruppe". */
export const GROUP_NAME = /^(?:Grupo|Groupe|Gruppe|Group)\s|\s(?:Group|Holdings?|Gruppe|Groupe|Grupo)$/u;

// Where the job is: "the position ... at NAME", "la posición de ... en NAME", "die Stelle ... bei NAME".
// These and CLIENT_ACTS are built on first use (lazy-pattern.ts): only a group's mail or an
// agency's "they" reads them, and building their Unicode classes costs every process start ~2 ms.
export const JOB_AT = lazily(() => [
  new RegExp(String.raw`\b(?:role|position|job|opening|vacancy|offer)\b[^.\n]{0,80}?\bat ${NAME}`, "gu"),
  new RegExp(
    String.raw`(?<![\p{L}])(?:posición|puesto|vacante|oferta|plaza|candidatura)(?![\p{L}])[^.\n]{0,80}?(?<![\p{L}])en ${NAME}`,
    "gu",
  ),
  new RegExp(String.raw`(?<![\p{L}])(?:Stelle|Position|Angebot)(?![\p{L}])[^.\n]{0,80}?(?<![\p{L}])bei ${NAME}`, "gu"),
  new RegExp(String.raw`(?<![\p{L}])(?:poste|offre)(?![\p{L}])[^.\n]{0,80}?(?<![\p{L}])chez ${NAME}`, "gu"),
]);

// A company acting on the candidate in the third person, as an agency reports it: "Larkspur Bank
// have started reference checks", "Marula Bank would like to meet you".
export const CLIENT_ACTS = lazily(
  () =>
    new RegExp(
      String.raw`(?:^|[.!?:]\s+|\b(?:news|update|one|ok|okay|good news)[:,]\s+)${NAME}\s+(?:have|has|would like to|'d like to|are keen to|want to|wants to)\s+(?:now\s+|just\s+|also\s+)?(?:started|begun|kicked off|asked|come back|decided|confirmed|agreed|approved|meet|interview|invite|offer|make you an offer|move you|progress you|see you|speak|had to (?:move|reschedule|postpone))\b`,
      "gmu",
    ),
);
// The writer speaks of the company as "they": "their team will call them", "for them".
export const THIRD_PERSON =
  /\b(?:their (?:team|office|hiring manager|panel|HR|side|CTO|CEO|CFO)|suit (?:them|their)|for them|work best for them)\b/i;
