// French (France, Belgium, Switzerland, Canada).
import { type LanguageCues, unicodeBoundaries, words } from "./cues";

const WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
const MONTH = String.raw`(?:janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?)\.?`;
// An apostrophe as typed or as typographers write it.
const Q = "['’]";

export const FRENCH_STOP_WORDS: readonly string[] = [
  "le",
  "les",
  "des",
  "et",
  "vous",
  "nous",
  "votre",
  "vos",
  "pour",
  "avec",
  "est",
  "une",
  "dans",
  "sur",
  "pas",
  "qui",
  "au",
  "aux",
  "du",
  "ce",
  "cette",
  "merci",
  "bien",
  "être",
  "avons",
  "sommes",
  "je",
  "mon",
  "notre",
  "nos",
  "il",
  "elle",
  "sont",
  "été",
  "ou",
  "mais",
  "très",
  "bonjour",
  "cordialement",
  "suite",
  "ces",
  "leur",
  "même",
  "aussi",
  "où",
  "donc",
  "avoir",
  "peut",
  "comme",
  "tout",
  "toute",
  "madame",
  "monsieur",
  "avez",
  "êtes",
  "serait",
  "ainsi",
];

export const FRENCH_LEGAL_FORMS: readonly string[] = ["SAS", "SASU", "SARL", "EURL", "SA", "SNC", "SCOP", "Sàrl"];

/** The language's cues, built on first use (tables.ts): English mail never pays for them. */
export function frenchCues(): LanguageCues {
  return {
    language: "fr",
    stopWords: FRENCH_STOP_WORDS,
    kind: {
      rejection: [
        [
          words(
            String.raw`\bne\s+(?:(?:pourrons|pouvons|pourra|souhaitons|allons)\s+)?(?:pas\s+)?donner(?:ons|a|ont)?\s+(?:pas\s+)?(?:de\s+|une\s+)?suite\b|\bpas (?:pu )?donner (?:une )?suite favorable\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\b(?:choisi|décidé|opté|retenu|privilégié)\b[^.]{0,30}(?:(?:de )?(?:poursuivre|continuer|avancer|aller plus loin) avec |pour |)(?:un autre|une autre|d${Q}autres) (?:candidat|profil|candidature|personne)`,
          ),
          5,
        ],
        [
          words(
            String.raw`\b(?:votre candidature|votre profil) n['’]a pas été retenue?\b|\bpas été (?:retenue?|sélectionnée?)\b`,
          ),
          4,
        ],
        // "nous avons choisi de poursuivre avec un profil (des profils) dont l'expérience...": someone else goes on.
        [
          words(
            String.raw`\b(?:choisi|décidé|préféré) de (?:poursuivre|continuer|avancer|aller plus loin) avec (?:un|une|des|d${Q}autres) (?:profils?|candidat(?:e)?s?|candidatures?|personnes?)\b`,
          ),
          5,
        ],
        [words(String.raw`\bau regret de vous (?:informer|annoncer|faire part)\b|\bnous regrettons de vous\b`), 4],
        // "pourvu", and in Quebec "comblé": "le poste a été comblé à l'interne".
        [words(String.raw`\b(?:poste|offre) (?:a été|est (?:déjà |désormais )?) ?(?:pourvue?|comblée?)\b`), 4],
        [words(String.raw`\b(?:réponse|suite) (?:négative|défavorable)\b`), 4],
        [words(String.raw`\bpas la (?:réponse|nouvelle) que vous (?:espériez|attendiez)\b`), 3],
        [words(String.raw`\bmalheureusement\b`), 1.5],
        [words(String.raw`\bcorrespond(?:ent|ait)? (?:davantage|mieux|plus précisément|plus étroitement)\b`), 2],
        [words(String.raw`\bvivier (?:de talents|de candidats)\b|\bconserver? votre (?:CV|candidature|profil)\b`), 1.5],
        [words(String.raw`\b(?:pleine réussite|bonne continuation|belle continuation)\b`), 1],
      ],
      notRejection: [
        [
          words(
            String.raw`\bvotre candidature (?:reste|est toujours) (?:active|en cours|à l['’]étude)\b|\bce n['’]est pas un non\b`,
          ),
          4,
        ],
      ],
      offer: [
        // "j'ai le plaisir de vous transmettre notre proposition pour le poste", "la lettre d'offre ci-jointe".
        [
          words(
            String.raw`\b(?:plaisir|heureux|heureuse|heureuses|ravie?s?) de vous (?:transmettre|adresser|faire parvenir|soumettre|envoyer) notre (?:proposition|offre)\b`,
          ),
          6,
        ],
        [words(String.raw`\blettre d['’]offre\b`), 2],
        [
          words(
            String.raw`\bvous (?:proposer|offrir) (?:officiellement |formellement )?(?:le poste|un poste|ce poste|une (?:offre|proposition) d['’](?:embauche|emploi)|un (?:contrat|CDI|CDD))\b|\b(?:souhait|plaisir|joie) de vous (?:accueillir|recruter|compter parmi nous) (?:au poste|en tant que|comme)\b`,
          ),
          6,
        ],
        [
          words(
            String.raw`\b(?:offre|proposition|promesse) d['’](?:embauche|emploi)\b|\bproposition de (?:poste|contrat)\b`,
          ),
          3,
        ],
        [
          words(
            String.raw`^(?:(?:re|tr|fwd?):\s*)*(?:votre |notre )?(?:offre|proposition|promesse) (?:d['’]embauche|d['’]emploi|de poste|de contrat)`,
          ),
          2,
        ],
        [words(String.raw`\b(?:rémunération|salaire)\b[^\n]{0,60}\d`), 2],
        [words(String.raw`\bpériode d['’]essai\b`), 1.5],
        [words(String.raw`\bprise de poste\b|\bdate d['’](?:arrivée|embauche|entrée)\b`), 1],
      ],
      notOffer: [
        [
          words(
            String.raw`\b(?:ne pas pouvoir|ne pouvons pas|ne pourrons pas|pas en mesure de) vous (?:faire|proposer|offrir)\b`,
          ),
          8,
        ],
        [words(String.raw`\b(?:une autre|autre) offre\b`), 1.5],
      ],
      extension: [
        [
          words(
            String.raw`\b(?:délai|date limite|échéance)\b[^.]{0,40}\b(?:prolong\w*|repouss\w*|report\w*|accord\w*)\b`,
          ),
          6,
        ],
        [
          words(
            String.raw`\b(?:plus de temps|un délai supplémentaire)\b[^.]{0,30}\b(?:accord\w*|pas de (?:souci|problème))\b`,
          ),
          5,
        ],
      ],
      scheduled: [
        // A moved slot's new time in a row of its own: "Nouvel horaire : vendredi 22 septembre à 9h30".
        [words(String.raw`^[ \t]*Nouv(?:el|elle|eau) (?:horaire|créneau|date|rendez-vous)[ \t]*:[^\n]*\d`, "im"), 4],
        [
          words(
            String.raw`\b(?:je vous confirme|nous vous confirmons|(?:je |nous )?confirm(?:e|ons)) (?:votre|notre|l['’]|le|la) ?(?:[\wàâçéèêëîïôûù'’-]+ ){0,2}(?:entretien|rendez-vous|échange|rencontre|visio)`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:entretien|rendez-vous|échange|rencontre)\b[^.\n]{0,80}\b(?:est|a été) (?:bien )?(?:confirmé|planifié|programmé|fixé)e?\b`,
          ),
          4,
        ],
        [words(String.raw`^(?:(?:re|tr|fwd?):\s*)*(?:confirmation|entretien confirmé|rendez-vous confirmé)\b`), 4],
        // A booked slot moved: "nous avons donc déplacé votre entretien au jeudi 4 février à 14h30".
        [
          words(
            String.raw`\b(?:déplacé|décalé|reporté|avancé|reprogrammé|replanifié)e? (?:votre|ton|notre|l['’]|le|la) ?(?:[\w'’-]+ ){0,2}(?:entretien|rendez-vous|échange|rencontre|appel)\b[^.\n]{0,15}\b(?:au|à|a|pour)\b|\b(?:entretien|rendez-vous|échange|rencontre)\b[^.\n]{0,40}\b(?:est|a été) (?:\w+ )?(?:déplacé|décalé|reporté|avancé|reprogrammé)e? (?:au|à)\b`,
          ),
          4,
        ],
        [words(String.raw`^\s*(?:Date|Quand|Heure|Horaire|Lieu|Où|Durée)\s*:`, "im"), 1.5],
        [words(String.raw`\bà (?:lundi|mardi|mercredi|jeudi|vendredi|demain|très vite)\s*!`), 1],
      ],
      invite: [
        // "Nous vous proposons un premier entretien", "choisir le moment qui vous convient": a time to pick.
        [
          words(
            String.raw`\bnous vous proposons (?:un|une) (?:premier |second |deuxième |court )?(?:entretien|échange|rendez-vous)\b|\bchoisir (?:le|un) (?:moment|créneau|horaire) qui vous convient\b`,
          ),
          4,
        ],
        [words(String.raw`\b(?:vos|tes) disponibilités\b|\bquand (?:seriez|êtes)-vous disponible`), 5],
        [
          words(
            String.raw`\blequel (?:vous )?(?:convient|conviendrait)\b|\bquel(?:le)?s? (?:créneau|date|horaire|jour)s?\b[^?\n]{0,60}\?`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:réserver|choisir|sélectionner) (?:un|votre|le) créneau\b|\bcréneaux? (?:possibles|disponibles|proposés)\b|\bréserver (?:directement )?(?:un|une|votre|ton|son) (?:\w+ )?(?:appel|créneau|entretien|échange|rendez-vous)\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:vous proposer|organiser|planifier|caler|convenir d['’]) ?(?:un|une|l['’]|le|d['’]un) ?(?:premier |second |deuxième |nouvel |court )?(?:entretien|échange|rendez-vous|rencontre)`,
          ),
          3,
        ],
        [words(String.raw`\bvous inviter? (?:à|pour) (?:un|une|l['’]|passer) ?(?:entretien|échange|rencontre)`), 3],
      ],
      update: [
        // Someone named will come back to set a first talk: "reviendra vers vous d'ici vendredi pour convenir d'un échange".
        [
          words(
            String.raw`\breviendr(?:a|ont|ons|ai) vers vous\b[^.\n]{0,60}\bpour (?:convenir|fixer|organiser|planifier|caler)\b`,
          ),
          4,
        ],
        [words(String.raw`\b(?:reviendrons|reviendrai|revenir) vers vous\b|\btenir (?:informée?|au courant)\b`), 2],
        [words(String.raw`\bréférences?\b`), 2],
        [words(String.raw`\bprochaines? étapes?\b|\bpoint d['’]étape\b|\bphase finale\b`), 1.5],
        [words(String.raw`\b(?:prend|prendra|prennent) plus de temps\b|\bretard\b|\bpatience\b`), 2],
        [
          words(
            String.raw`\b(?:transmettre|envoyer|fournir|communiquer|faire parvenir)\b[^.?!\n]{0,60}\b(?:références?|documents?|justificatifs?|pièces?|diplômes?)\b|\b(?:références?|documents?|justificatifs?|pièces?) (?:à|que) (?:nous )?(?:transmettre|envoyer|fournir)\b`,
          ),
          3,
        ],
      ],
      applicationReceived: [
        [words(String.raw`\bnous avons (?:bien )?reçu votre candidature\b|\baccusé de réception\b`), 5],
      ],
      other: [
        [
          words(
            String.raw`\b(?:nouvelles offres|offres? (?:qui|pouvant) vous intéresser|alertes? (?:emploi|e-mail))\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\bvous recevez (?:cet e-?mail|ce message|cette lettre|cette newsletter)\b|\bse désinscrire\b|\bdésabonner\b|\bdésinscription\b`,
          ),
          3,
        ],
        [words(String.raw`\bnewsletter\b|\blettre d['’]information\b|\bwebinaire\b|\binscription gratuite\b`), 2],
        [words(String.raw`\b(?:facture|reçu de paiement|votre commande)\b`), 3],
      ],
      jobWords: words(
        String.raw`\b(?:candidature|poste|références?|dossier|entretien|recrut\w*|offre|CV|candidat\w*|embauche|emploi)\b`,
      ),
      personal: words(
        String.raw`\b(?:maman|papa|mamie|papi|bisous|bises|grosses bises|félicitations|croise les doigts|ça s['’]est passé)\b`,
      ),
    },
    slots: {
      day: unicodeBoundaries(String.raw`(?:\b${WEEKDAY}\b|\bdemain\b|\b\d{1,2}(?:er)? ${MONTH}|\b\d{1,2}\/\d{1,2}\b)`),
      clock: unicodeBoundaries(String.raw`(?:\b\d{1,2}\s?[h:]\s?\d{2}\b|\b\d{1,2}\s?h\b)`),
      window: words(
        String.raw`\b(?:cette|la semaine prochaine|la semaine du)\b|\bdans les (?:prochains|jours qui viennent)\b`,
      ),
      settles: words(
        String.raw`\b(?:confirm\w*|c['’]est (?:noté|calé|parfait)|(?:est|a été) (?:fixé|calé|planifié|programmé)e?|à (?:lundi|mardi|mercredi|jeudi|vendredi|demain)|(?:entretien|rendez-vous|échange)\b[^.?!\n]{0,40}\b(?:aura lieu|se tiendra|est prévue?))`,
      ),
      hedged: words(String.raw`\b(?:si|sinon|pourrions|pourriez|pourrait|peut-être|éventuellement|plutôt)\b`),
      asks: words(
        String.raw`\?|^(?:Pourriez|Pouvez|Seriez|Êtes|Est-ce|Quel(?:le)?s?|Lequel|Laquelle)\b|\b(?:merci de (?:me|nous) (?:dire|indiquer|confirmer)|dites-(?:moi|nous)|faites-(?:moi|nous) savoir)\b`,
      ),
      dueDate: words(String.raw`\b(?:avant|d['’]ici|au plus tard|jusqu['’]au?)\b[^,;.?!\n]{0,30}`, "gi"),
      checksBooking: words(String.raw`\btoujours (?:d['’]accord|bon|ok)\b|\bpour confirmer\b`),
      bareSettle: words(
        "^(?:super|parfait|merci)?[, ]*(?:c['’]est noté|confirmé|réservé|calé|ça marche|entendu)[.!]*$",
      ),
    },
    promises: {
      offerWord: words(String.raw`\b(?:offre|proposition|promesse) d['’]embauche\b|\bcontrat\b`),
      promise: words(
        String.raw`\b(?:vous sera (?:adressée?|envoyée?|transmise?|communiquée?)|vous recevrez|suivra|dès (?:réception|validation|que)|en cours de (?:préparation|validation)|nous préparons|après validation)\b`,
      ),
    },
    dates: {
      respond: words(
        String.raw`\b(?:votre (?:décision|réponse|accord|retour|signature)|(?:nous )?faire part de votre|accepter|refuser|signer|valable jusqu|date limite|expire)\b`,
      ),
      expect: words(
        String.raw`\b(?:(?:nous|je) (?:reviendrons|reviendrai|vous reviendrons|vous reviendrai|vous recontacterons|vous recontacterai|vous tiendrons informée?|vous informerons|vous donnerons|vous communiquerons|vous ferons part)|vous (?:aurez|recevrez) (?:une|notre|ma) (?:réponse|décision|retour)|(?:nous|je) (?:nous engageons|m'engage) à vous|vous revenir|(?:revenir|reviendra|reviendront) vers (?:vous|toi)|(?:une|la|notre) (?:réponse|décision) (?:définitive |finale )?vous sera (?:communiquée|transmise|envoyée|adressée|donnée))\b`,
      ),
      scheduling: words(
        String.raw`\b(?:disponibilités?|disponible|créneaux?|réserver|choisir|déplacer|reprogrammer)\b`,
      ),
      meeting: words(
        String.raw`\b(?:entretien|rendez-vous|échange|visio\w*|confirm\w*|date|quand|rencontre|réunion|heure)\b`,
      ),
      start: words(String.raw`\b(?:prise de poste|date de début|démarrage|date d['’](?:arrivée|embauche|entrée))\b`),
    },
    windows: {
      within: words(
        String.raw`\b(?:dans les|sous|d['’]ici|dans un délai de)\s+(?<amount>\d{1,3}|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze)\s+(?<unit>heures?|jours? ouvr(?:és|ables)|jours?|semaines?)\b`,
      ),
      hours: words("^heure"),
      workingDays: words("ouvr"),
      weeks: /^semaine/i,
      numbers: { un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, dix: 10, quinze: 15 },
      weekEnd: words(
        String.raw`\b(?:d['’]ici\s+)?(?:à\s+)?(?:la\s+)?fin\s+de\s+(?:la\s+|cette\s+)?semaine(?<next>\s+prochaine)?\b`,
      ),
      vague: words(
        String.raw`^(?:(?:début|mi)\s*-?\s*)?(?:la\s+|cette\s+|le\s+|les\s+|ces\s+|dans les\s+)?(?:(?:prochaine?s?|semaines?|mois|jours)\s*)+(?:\s+prochaine?s?|\s+(?:qui\s+)?vien(?:t|nent)|\s+à venir)?$`,
      ),
      // "avant le vendredi 24": a weekday and a day with no month (not "vendredi 15 septembre", "jeudi 10h").
      weekdayDay: {
        pattern: words(
          String.raw`\b(?<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+(?<day>\d{1,2})(?:er)?\b(?![:.,/h-]\d|\s*(?:h|heures?)\b|\s*(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|janv|févr|fevr|avr|juil|sept|oct|nov|déc|dec)\b)`,
        ),
        weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
      },
    },
    titles: {
      before: `entretien(?=\\s+(?:Chargée?|Responsable|Directeur|Directrice|Cheff?e?|Ingénieure?|Développeu(?:r|se)|Consultante?|Analyste|Gestionnaire|Juriste|Comptable|Coordinat(?:eur|rice)|Assistante?|Acheteu(?:r|se)|Contrôleu(?:r|se)|Architecte|Technicien(?:ne)?)\\b)|poste d${Q}|poste de|poste|fonction d${Q}|fonction de|en tant qu${Q}|en tant que|candidature (?:au poste )?d${Q}|candidature (?:au poste )?de`,
      // "Proposition – Responsable Contrôle de Gestion": a subject part starting with one is the title.
      heads:
        "Chargée?|Responsable|Directeur|Directrice|Cheff?e?|Ingénieure?|Développeu(?:r|se)|Consultante?|Analyste|Gestionnaire|Juriste|Comptable|Coordinat(?:eur|rice)|Acheteu(?:r|se)|Contrôleu(?:r|se)|Architecte|Technicien(?:ne)?|Conseill(?:er|ère)|Adjointe?|Product(?:eur|rice)|Concept(?:eur|rice)|Programmeu(?:r|se)|Rédact(?:eur|rice)|Animat(?:eur|rice)",
      stops:
        "afin|car|mais|puisque|lorsque|dont|le|la|les|l|un|une|des|du|au|aux|à|pour|chez|dans|en|avec|sur|est|sera|a|je|tu|il|elle|on|nous|vous|ils|elles|votre|vos|notre|nos|ce|cette|qui|que|poste|postes|fonction|candidature|entretien|entretiens|offre|proposition|embauche|confirmation|confirmé|refus|suite|point|étape|technique|basée?|réf",
    },
    legalForms: FRENCH_LEGAL_FORMS,
    unmonitored: words(
      String.raw`\b(?:ne pas (?:y )?répondre|merci de ne pas répondre|généré automatiquement|envoyé automatiquement|n['’]est pas (?:lue|consultée))`,
    ),
    outgoing: [
      [
        "decline_offer",
        words(String.raw`\b(?:décliner|refuser)\b[^.]{0,40}\b(?:offre|proposition)\b|\bne (?:pas )?pouvoir accepter\b`),
      ],
      [
        "accept_offer",
        words(String.raw`\bj['’]accepte\b|\b(?:plaisir|heureu(?:x|se)) d['’]accepter\b|\bconfirmer que j['’]accepte\b`),
      ],
      ["withdrawal", words(String.raw`\bretir(?:er|e) ma candidature\b`)],
      [
        "extension_request",
        words(String.raw`\b(?:délai supplémentaire|un peu plus de temps|quelques jours de plus)\b`),
      ],
      ["thank_you", words(String.raw`\bmerci (?:encore )?pour (?:cet|notre|l['’]|votre|le temps)`)],
      [
        "follow_up",
        words(
          String.raw`\b(?:des nouvelles|point sur|où en est)\b[^.]{0,40}\b(?:candidature|processus)\b|\bje me permets de (?:revenir|relancer)\b`,
        ),
      ],
    ],
  };
}
