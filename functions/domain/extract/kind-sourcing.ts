// Cue tables for a sourcer's first note (kind.ts reads it as no process of the owner's): kept apart
// from kind-cues.ts because they are written in five languages with `words()`, which imports the
// Cue type back from there.
import type { Cue } from "./kind-cues";
import { words } from "./languages/cues";

// A sourcer's outreach on behalf of clients it does not name, in English, German, French, Spanish
// and Dutch: "I'm partnering with a few well-funded fintechs hiring", "for one of my clients", "a
// confidential search". An agency writing for a client it names ("my client Prairie Grid would
// like to meet you") is not matched: that client has seen the profile and invites.
export const SOURCING_CLIENTS: Cue[] = [
  [
    words(
      [
        String.raw`\b(?:partnering|partnered|working|work) with (?:a few|several|a number of|a handful of|some|various|multiple|a couple of) (?:[\w-]+ ){0,3}(?:clients|companies|businesses|start-?ups|scale-?ups|fintechs|firms|teams|organi[sz]ations)\b`,
        String.raw`\b(?:my|our) clients? (?:is|are) (?:currently )?(?:hiring|looking|searching)\b|\bon behalf of (?:an?|one of (?:my|our)) (?:[\w-]+ ){0,3}clients?\b|\bconfidential (?:[\w-]+ ){0,2}(?:search|client|mandate|role|position)\b|\ba search I(?:'m| am) running\b`,
        // A client described, not named ("with one of our clients, a family-owned industrial group"),
        // and a recruiter's market rather than an employer ("I recruit for fintech clients across Asia").
        String.raw`\b(?:with|for|on behalf of) one of (?:my|our) clients,? (?:an?|who|which|that|based|headquartered|in)\b|\bI (?:recruit|hire|headhunt|source) (?:for|across|into) (?:[\w-]+ ){0,3}clients\b`,
        String.raw`\b(?:für|im Auftrag) (?:einen|eines|einem) (?:meiner|unserer) (?:Kunden|Mandanten)\b|\b(?:mehrere|einige|verschiedene) (?:[\w-]+ ){0,2}(?:Kunden|Mandanten|Unternehmen|Start-?ups)\b[^.\n]{0,40}\b(?:suchen|einstellen|wachsen)\b|\bvertrauliche(?:n|s)? (?:Suche|Mandat|Position)\b`,
        String.raw`\b(?:pour|au nom d'?) ?(?:un|une|l'un|l'une) (?:de mes|de nos) client(?:e)?s\b|\b(?:j'accompagne|nous accompagnons|je travaille avec|nous travaillons avec) (?:plusieurs|quelques|différent(?:e)?s) (?:[\w-]+ ){0,2}(?:clients|entreprises|start-?ups|sociétés|scale-?ups)\b|\brecherche confidentielle\b`,
        String.raw`\b(?:trabajo|colaboro|trabajamos|colaboramos) con (?:varias|algunas|diversas|distintas) (?:[\w-]+ ){0,2}(?:empresas|startups|compañías|clientes|fintechs)\b|\b(?:para|en nombre de) (?:un|uno de mis|uno de nuestros) clientes?\b|\bcon uno de (?:mis|nuestros) clientes\b|\bbúsqueda confidencial\b`,
        String.raw`\bbusca (?:confidencial|sigilosa)\b|\b(?:para|em nome de) (?:um|uma) (?:de |dos )?(?:meus |nossos )?clientes?\b`,
        String.raw`\b(?:(?:ik |wij |we )?(?:werk|werken)|ik help) (?:samen )?met (?:een aantal|enkele|verschillende|meerdere) (?:[\w-]+ ){0,2}(?:bedrijven|klanten|opdrachtgevers|start-?ups|scale-?ups)\b|\b(?:voor|met) (?:een|één) van (?:mijn|onze) (?:opdrachtgevers|klanten)\b|\bvertrouwelijke (?:zoektocht|opdracht|vacature)\b`,
      ].join("|"),
    ),
    3,
  ],
];

// What a sourcer's first note says around that: the profile found ("your background stood out",
// "bin auf Ihr Profil gestoßen", "je suis tombé sur votre profil", "vi tu perfil", "kwam je profiel
// tegen"), and an exploratory chat asked for ("would you be open to a quick chat").
export const SOURCING_SIGNS: Cue[] = [
  [
    words(
      [
        String.raw`\byour (?:profile|background|experience|portfolio) (?:really )?(?:stood out|caught my (?:eye|attention))\b|\byour (?:work|experience|track record) (?:on|in|with|at) [^.\n]{1,60}?\b(?:stood out|caught my (?:eye|attention))\b`,
        String.raw`\b(?:bin|sind) (?:ich |wir )?(?:auf )?(?:Ihr|dein) Profil gestoßen\b|\b(?:Ihr|dein) Profil (?:ist mir|ist uns|hat mich) (?:aufgefallen|angesprochen)\b`,
        String.raw`\b(?:je suis|nous sommes) tombée?s? sur (?:votre|ton) profil\b|\b(?:votre|ton) profil (?:a retenu|m'a tapé)\b`,
        String.raw`\b(?:me encontré con|di con|vi|encontré) (?:tu|su) perfil\b|\b(?:tu|su) perfil (?:me llamó la atención|destacó)\b`,
        String.raw`\b(?:encontrei|vi|achei) (?:o )?(?:seu|teu) perfil\b|\b(?:seu|teu) perfil (?:me )?chamou (?:a )?(?:minha )?atenção\b`,
        String.raw`\b(?:ik )?(?:kwam|stuitte) (?:ik )?(?:op )?(?:je|jouw|uw) profiel\b|\b(?:je|jouw|uw) profiel viel (?:me|mij|ons) op\b`,
      ].join("|"),
    ),
    3,
  ],
  [
    words(
      [
        String.raw`\bopen to (?:a|an) (?:quick |short |brief |informal |exploratory )?(?:\d+[- ]?min(?:ute)?s? )?(?:chat|call|conversation)\b|\bopen to (?:hearing more|exploring|new opportunities)\b`,
        String.raw`\b(?:offen|Lust|Interesse) (?:für|auf|an) (?:ein(?:em)?) (?:kurze[sn]?|unverbindliche[sn]?) (?:Gespräch|Telefonat|Austausch|Call)\b`,
        String.raw`\b(?:ouverte?s?|partante?s?) (?:à|pour) (?:un|une) (?:bref|court|petit|rapide|premier) (?:échange|appel|call)\b`,
        String.raw`\b(?:abiert[oa]s?|interesad[oa]s?) (?:a|en) (?:una|un) (?:breve |corta |rápida )?(?:charla|llamada|conversación)\b`,
        String.raw`\bopen (?:staat )?voor een (?:kort|korte|vrijblijvend|vrijblijvende) (?:gesprek|kennismaking|belletje|call)\b`,
        String.raw`\b(?:teria|tem|terias|tens) interesse em (?:conversar|bater um papo|falar)\b`,
      ].join("|"),
    ),
    2,
  ],
];
