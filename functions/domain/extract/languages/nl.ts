// Dutch (the Netherlands and Flanders).
import { type LanguageCues, unicodeBoundaries, words } from "./cues";

const WEEKDAY = String.raw`(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|(?:ma|di|wo|do|vr|za|zo)\b\.?)`;
const MONTH = String.raw`(?:jan(?:uari)?|feb(?:ruari)?|maart|mrt|apr(?:il)?|mei|jun[i]?|jul[i]?|aug(?:ustus)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

export const DUTCH_STOP_WORDS: readonly string[] = [
  "het",
  "een",
  "je",
  "jouw",
  "jij",
  "wij",
  "van",
  "voor",
  "met",
  "niet",
  "ons",
  "onze",
  "op",
  "dat",
  "dit",
  "graag",
  "bij",
  "aan",
  "zijn",
  "hebben",
  "ook",
  "naar",
  "wat",
  "heb",
  "hoi",
  "groet",
  "groeten",
  "u",
  "uw",
  "we",
  "ik",
  "hier",
  "deze",
  "wordt",
  "worden",
  "kunnen",
  "kun",
  "bent",
  "hartelijk",
  "dank",
  "vriendelijke",
  "veel",
  "moeten",
  "nog",
  "maar",
  "geen",
  "wel",
  "om",
  "jullie",
  "hoe",
  "waar",
  "zou",
  "kan",
  "dus",
  "even",
  "alvast",
  "bedankt",
  "meer",
  "heel",
  "zo",
  "mijn",
  "toch",
  "laat",
  "weten",
];

export const DUTCH_LEGAL_FORMS: readonly string[] = [
  "B.V.",
  "BV",
  "N.V.",
  "NV",
  "V.O.F.",
  "VOF",
  "C.V.",
  "BVBA",
  "BVBA.",
  "CV",
];

/** The language's cues, built on first use (tables.ts): English mail never pays for them. */
export function dutchCues(): LanguageCues {
  return {
    language: "nl",
    stopWords: DUTCH_STOP_WORDS,
    kind: {
      rejection: [
        [
          words(
            String.raw`\bbesloten (?:om )?(?:niet verder te gaan|je (?:sollicitatie )?niet (?:verder )?mee te nemen|(?:te )?kiezen voor (?:een )?andere? kandida)\b|\bverder (?:te )?gaan met (?:een )?andere? kandida(?:at|ten)\b|\bniet verder (?:te )?gaan met (?:je|jouw|uw) (?:sollicitatie|kandidatuur|kandidaatstelling)\b`,
          ),
          5,
        ],
        [words(String.raw`\b(?:gekozen|gaan) voor (?:een )?(?:andere )?kandida(?:at|ten)\b`), 4],
        // "we gaan verder met een kandidaat die al ervaring heeft": the verb first, someone else goes on.
        [
          words(
            String.raw`\b(?:gaan|gaat|gingen) (?:\w+ )?verder met (?:een |de |die )?(?:andere )?kandida(?:at|ten)\b`,
          ),
          5,
        ],
        // "besloten om verder te gaan met een kandidaat die meer ervaring heeft": someone else goes on.
        [words(String.raw`\bbesloten (?:om )?(?:\w+ )?verder te gaan met (?:een|de|die) kandida(?:at|ten)\b`), 5],
        [
          words(String.raw`\b(?:moeten|moet) (?:we|wij|ik) (?:je|u) (?:helaas )?(?:teleurstellen|laten weten dat)\b`),
          4,
        ],
        [
          words(String.raw`\bniet (?:door|verder) naar de (?:volgende|tweede) (?:ronde|fase)\b|\bniet uitgenodigd\b`),
          4,
        ],
        [words(String.raw`\b(?:vacature|functie|positie) (?:is )?(?:inmiddels |intern )?(?:vervuld|ingevuld)\b`), 4],
        // "hebben we de vacature van Energieadviseur ingevuld", "we gaan daarom niet verder met je sollicitatie".
        [
          words(
            String.raw`\b(?:hebben|heeft) (?:we|wij) (?:de|deze) (?:vacature|functie|positie)\b[^.\n]{0,60}\b(?:ingevuld|vervuld)\b|\b(?:gaan|gaat) (?:we |wij )?(?:daarom |dus |helaas )?niet (?:verder|door) met (?:je|jouw|uw) (?:sollicitatie|kandidatuur|kandidaatstelling)\b`,
          ),
          5,
        ],
        [words(String.raw`\bafwijzing\b|\bafgewezen\b`), 3],
        [words(String.raw`\b(?:helaas|jammer genoeg|tot onze spijt)\b`), 1.5],
        [words(String.raw`\b(?:sluit|sluiten|past|passen) (?:nog )?(?:beter|meer) (?:aan|bij)\b`), 2],
        [words(String.raw`\btalentpool\b|\bpassende vacature\b|\b(?:gegevens|cv) (?:\w+ ){0,3}bewaren\b`), 1.5],
        [words(String.raw`\bsucces (?:met|bij|in) (?:je|jouw|uw) (?:verdere )?(?:loopbaan|zoektocht|carrière)\b`), 1.5],
      ],
      notRejection: [
        [
          words(
            String.raw`\b(?:je|jouw|uw) sollicitatie (?:is|blijft) (?:nog )?(?:actief|in behandeling)\b|\bgeen afwijzing\b|\b(?:tijdelijk|voorlopig) (?:on hold|stil|in de wacht|gepauzeerd)\b|\bweer (?:wordt )?opengesteld\b`,
          ),
          4,
        ],
      ],
      offer: [
        [
          words(
            String.raw`\baanbod (?:mogen|kunnen|willen|te) doen\b|\b(?:heeft|hebben) (?:je|jou|u) (?:een|het) (?:\w+ )?aanbod gedaan\b|\ber staat een aanbod voor (?:je|jou|u) klaar\b|\b(?:bieden|bied) (?:we|wij|ik) (?:je|u|jou) (?:graag |hierbij )?(?:de functie|de rol|de baan|de positie|een contract|een arbeidsovereenkomst)\b`,
          ),
          6,
        ],
        [
          words(
            String.raw`\b(?:ons|het|een) (?:\w+ )?aanbod (?:aanneemt|accepteert|aannemen|accepteren)\b|\barbeidsvoorwaardenvoorstel\b|\bcontractvoorstel\b`,
          ),
          3,
        ],
        [words(String.raw`^(?:(?:re|fw|fwd|doorst):\s*)*(?:ons |je |jouw )?(?:aanbod|contractvoorstel)\b`), 2],
        [words(String.raw`\barbeidsvoorwaarden\b`), 2],
        [words(String.raw`\b(?:bruto )?(?:maand|jaar)?salaris\b[^\n]{0,40}\d`), 2],
        [words(String.raw`\bvakantiegeld\b|\bdertiende maand\b|\bproeftijd\b`), 1],
        [words(String.raw`\bstartdatum\b|\bingangsdatum\b`), 1],
      ],
      notOffer: [
        [words(String.raw`\b(?:geen|niet) (?:een )?aanbod (?:doen|kunnen doen)\b`), 8],
        [words(String.raw`\b(?:ander|concurrerend) aanbod\b`), 1.5],
      ],
      extension: [
        [
          words(
            String.raw`\b(?:deadline|termijn|bedenktijd)\b[^.]{0,40}\b(?:verlengen|verlengd|opschuiven|opgeschoven)\b`,
          ),
          6,
        ],
        [words(String.raw`\b(?:meer|extra) (?:bedenk)?tijd\b[^.]{0,30}\b(?:geen probleem|prima|akkoord)\b`), 5],
      ],
      scheduled: [
        [
          words(
            String.raw`\bbevestig(?:en)? (?:ik |we |wij )?(?:je |jou |u )?(?:graag |hierbij )?(?:ons|het|je|jouw|uw|de) (?:\w+ )?\w*(?:gesprek|afspraak|interview|kennismaking)\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\bbevestiging (?:van )?(?:ons |het |je |jouw |uw |de )?(?:\w+ )?\w*(?:gesprek|afspraak|interview)\b`,
          ),
          4,
        ],
        [words(String.raw`^(?:(?:re|fw|fwd|doorst):\s*)*bevestiging\b`), 4],
        [words(String.raw`\b(?:gesprek|afspraak)\b[^.\n]{0,40}\b(?:staat|is) (?:bevestigd|ingepland|gepland)\b`), 4],
        // "Het gesprek is daarom verplaatst van dinsdag 16 februari naar donderdag 18 februari".
        [
          words(
            String.raw`\b(?:gesprek|afspraak|interview)\b[^.\n]{0,40}\b(?:is|wordt) (?:\w+ )?verplaatst\b[^.\n]{0,60}\bnaar\b`,
          ),
          4,
        ],
        // Moved to a day and an hour: "We hebben het verplaatst naar donderdag 6 april om 15:00".
        [
          words(
            String.raw`\bverplaatst naar (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|\d{1,2} \w+)\b[^.\n]{0,40}\bom \d{1,2}[:.]\d{2}\b`,
          ),
          4,
        ],
        [words(String.raw`^\s*(?:Datum|Tijd|Locatie|Waar|Wanneer|Duur)\s*:`, "im"), 1.5],
        [words(String.raw`\btot (?:maandag|dinsdag|woensdag|donderdag|vrijdag|morgen|dan)\s*!`), 1],
      ],
      invite: [
        [words(String.raw`\b(?:je|jouw|uw) beschikbaarheid\b|\bwanneer (?:je|u) (?:beschikbaar|kunt)\b`), 5],
        [
          words(
            String.raw`\b(?:kies|plan|boek|selecteer|reserveer)\b[^.!?\n]{0,50}\b(?:moment|tijdstip|tijdslot|datum|afspraak)\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\bwelk(?:e)? (?:moment|tijdstip|dag|datum|tijdslot)\w*\b[^?\n]{0,60}\?|\b(?:schikt|schikken|uitkomt|past)\b[^.\n]{0,30}\?`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:nodigen|nodig) (?:we|wij|ik) je (?:graag |van harte )?uit\b|\buitnodiging (?:voor )?(?:een |het )?(?:\w+ )?\w*(?:gesprek|interview)\b`,
          ),
          3,
        ],
        [words(String.raw`\bvolgende (?:momenten|tijden|data|tijdsloten|opties)\b`), 3],
        [words(String.raw`\b(?:willen|maken) (?:graag )?(?:met je |met u )?kennis(?:maken)?\b`), 3],
      ],
      update: [
        [
          words(
            String.raw`\b(?:je|u) hoort\b[^.]{0,40}\bvan (?:ons|mij)\b|\b(?:laten|laat) (?:we|ik) (?:het )?(?:je|u) (?:\w+ )?weten\b|\bop de hoogte houden\b`,
          ),
          2,
        ],
        [words(String.raw`\breferenties?\b`), 2],
        [words(String.raw`\bvolgende stap(?:pen)?\b`), 1.5],
        [words(String.raw`\b(?:langer duurt|vertraging|geduld)\b`), 2],
        [words(String.raw`\bon hold\b|\bin de wacht\b|\bgepauzeerd\b`), 2],
        [words(String.raw`\bVOG\b|\bVerklaring Omtrent het Gedrag\b`), 2],
        [
          words(
            String.raw`\b(?:referenties?|documenten|diploma's?|kopie|VOG)\b[^.?!\n]{0,60}\b(?:nodig|sturen|mailen|aanleveren|toesturen|opsturen)\b|\b(?:stuur|mail)\b[^.?!\n]{0,40}\b(?:referenties|documenten)\b`,
          ),
          3,
        ],
      ],
      applicationReceived: [
        [words(String.raw`\b(?:we|wij) hebben (?:je|jouw|uw) sollicitatie (?:in goede orde )?ontvangen\b`), 5],
      ],
      other: [
        [
          words(
            String.raw`\bnieuwe vacatures\b|\bvacatures? (?:voor jou|die bij je passen)\b|\bvacature-?alert\b|\bjobalert\b`,
          ),
          5,
        ],
        [
          words(String.raw`\bafmelden\b|\buitschrijven\b|\bje ontvangt deze (?:e-?mail|nieuwsbrief)\b|\bnieuwsbrief\b`),
          3,
        ],
        [words(String.raw`\b(?:factuur|bestelling|betaalbewijs)\b`), 3],
      ],
      jobWords: words(
        String.raw`\b(?:sollicitatie\w*|functie|referenties|vacature|\w*gesprek|aanbod|kandida\w*|cv|werving|selectie)\b`,
      ),
      personal: words(String.raw`\b(?:mam|pap|oma|opa|liefs|kusjes|gefeliciteerd|duim(?:en)? voor je|hoe ging het)\b`),
    },
    slots: {
      day: unicodeBoundaries(String.raw`(?:\b${WEEKDAY}|\bmorgen\b|\b\d{1,2} ${MONTH}|\b\d{1,2}[-/]\d{1,2}\b)`),
      clock: unicodeBoundaries(String.raw`(?:\b\d{1,2}[:.]\d{2}(?:\s*uur)?|\b\d{1,2}\s*uur\b)`),
      window: words(String.raw`\b(?:deze|volgende|komende) week\b|\bde komende dagen\b`),
      settles: words(
        String.raw`\b(?:bevestig\w*|staat (?:vast|gepland|ingepland)|tot (?:dan|morgen|maandag|dinsdag|woensdag|donderdag|vrijdag)|(?:gesprek|afspraak)\b[^.?!\n]{0,40}\b(?:is|vindt) (?:op|om|plaats))\b`,
      ),
      hedged: words(String.raw`\b(?:als|indien|of|zou|zouden|misschien|eventueel|anders)\b`),
      asks: words(
        String.raw`\?|^(?:Zou|Kun|Kunt|Wil|Past|Schikt|Welk|Welke|Wanneer)\b|\b(?:laat (?:je|u) (?:me|mij|ons) (?:even )?weten|laat het (?:me|ons) weten) (?:welk|wanneer|of)\b`,
      ),
      dueDate: words(String.raw`\b(?:uiterlijk|vóór|voor|tot)\b[^,;.?!\n]{0,30}`, "gi"),
      checksBooking: words(String.raw`\bgaat (?:het )?nog door\b|\bter bevestiging\b`),
      bareSettle: words("^(?:top|prima|perfect|dank)?[, ]*(?:bevestigd|geboekt|genoteerd|staat|afgesproken)[.!]*$"),
    },
    promises: {
      offerWord: words(String.raw`\b(?:aanbod|contractvoorstel|arbeidsovereenkomst|contract)\b`),
      promise: words(
        String.raw`\b(?:sturen (?:we|wij) (?:je|u)|stellen (?:we|wij) [^.]{0,30}\bop|ontvang je|volgt|zodra|na (?:je |jouw |uw )?akkoord|(?:moet|moeten) nog (?:worden )?goedgekeurd)\b`,
      ),
    },
    dates: {
      respond: words(
        String.raw`\b(?:(?:je|jouw|uw) (?:reactie|antwoord|beslissing|besluit|akkoord)|aanneemt|aannemen|accepteert|accepteren|aanvaarden|aanvaardt|weigeren|ondertekenen|tekenen|geldig tot|bedenktijd)\b`,
      ),
      expect: words(
        String.raw`\b(?:(?:je|u) hoort\b|hoor (?:je|u) (?:van|iets|meer|ons|mij|me)\b|(?:we|wij|ik) (?:laten|laat) (?:het )?(?:je|u)\b[^.]{0,40}\bweten|(?:laten|laat) (?:we|wij|ik) (?:het )?(?:je|u)\b[^.]{0,40}\bweten|(?:nemen|neem) (?:we|wij|ik) [^.]{0,30}\bcontact|(?:komen|kom) (?:we|wij|ik) [^.]{0,40}\bterug|(?:we|wij|ik) (?:nemen|neem) [^.]{0,30}\bcontact|(?:we|wij|ik) (?:komen|kom) [^.]{0,40}\bterug|(?:we|wij|ik) (?:verwachten|verwacht|hopen|hoop) (?:je|u|jou)\b[^.]{0,60}\b(?:laten weten|te informeren|te berichten|terug te koppelen|uitsluitsel)|(?:we|wij|ik) (?:verwachten|verwacht|hopen|hoop|streven ernaar|willen)\b[^.]{0,50}\b(?:een |ons |de )?(?:besluit|beslissing|keuze) te (?:nemen|maken|hebben))`,
      ),
      scheduling: words(
        String.raw`\b(?:beschikbaarheid|beschikbaar|tijdsloten|tijdslot|kies|inplannen|verzetten|verplaatsen)\b`,
      ),
      meeting: words(String.raw`\b(?:\w*gesprek|afspraak|bevestig\w*|datum|tijd|interview|kennismaking)\b`),
      start: words(String.raw`\b(?:startdatum|ingangsdatum|in dienst|eerste werkdag|beginnen)\b`),
    },
    windows: {
      within: words(
        String.raw`\bbinnen\s+(?:de\s+)?(?:komende\s+)?(?<amount>\d{1,3}|een|één|twee|drie|vier|vijf|zes|zeven|acht|tien|veertien)\s+(?<unit>uur|werkdagen|werkdag|dagen|dag|weken|week)\b`,
      ),
      hours: /^uur/i,
      workingDays: /^werkdag/i,
      weeks: /^we(?:e|ke)k/i,
      numbers: {
        een: 1,
        één: 1,
        twee: 2,
        drie: 3,
        vier: 4,
        vijf: 5,
        zes: 6,
        zeven: 7,
        acht: 8,
        tien: 10,
        veertien: 14,
      },
      weekEnd: words(
        String.raw`\b(?:vóór\s+|voor\s+|uiterlijk\s+)?(?:het\s+)?(?:eind|einde)\s+(?:van\s+)?(?:(?<next>volgende|komende|de\s+volgende)|deze|de)\s+week\b`,
      ),
      vague: words(
        String.raw`^(?:(?:begin|midden)\s+)?(?:de\s+)?(?:deze|volgende|komende)\s+(?:weken|week|maand|maanden|dagen)$`,
      ),
      // "uiterlijk vrijdag 24": a weekday and a day with no month (not "vrijdag 17 november", "dinsdag 10 uur").
      weekdayDay: {
        pattern: words(
          String.raw`\b(?<weekday>maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\s+(?<day>\d{1,2})(?:e|ste|de)?\b(?![:.,/u-]\d|\s*(?:uur|u)\b|\s*(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\b)`,
        ),
        weekdays: { zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6 },
      },
    },
    titles: {
      // "Terugkoppeling sollicitatie Data Analist": the application word right before a title that
      // ends in a title noun (compounds too: "Projectleider", "Accountmanager"). "je hebt gesolliciteerd
      // op Senior Data Scientist": what one applied on is the vacancy (at a company is "bij").
      before: String.raw`functie van|functie|rol van|vacature voor|vacature|(?:gesolliciteerd|solliciteerde) op|sollicitatie (?:op|naar|voor) de functie(?: van)?|sollicitatie(?: als| voor)?(?=\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]*(?:analist|ontwikkelaar|adviseur|beheerder|consultant|engineer|manager|medewerker|specialist|co[öo]rdinator|leider|architect|designer|developer|controller|monteur|planner|tester|owner|eigenaar|officer|recruiter|scientist|researcher|onderzoeker|lead|writer|marketeer|producer|analyst)\b)`,
      stops: String.raw`om|zodat|omdat|maar|want|verzetten|verplaatsen|inplannen|afspreken|de|het|een|bij|in|op|voor|met|is|wordt|te|aan|binnen|hebt|heb|heeft|hebben|je|jouw|uw|ons|onze|als|functie|rol|vacature|sollicitatie|uitnodiging|\w*gesprek|bevestiging|aanbod|over|stand|zaken|tijdelijk|staat|staan`,
      adjectivesBefore: true,
    },
    legalForms: DUTCH_LEGAL_FORMS,
    unmonitored: words(
      String.raw`\b(?:antwoorden op deze e-?mail worden niet gelezen|niet (?:op deze e-?mail )?(?:beantwoorden|reageren)|automatisch gegenereerd)`,
    ),
    outgoing: [
      [
        "decline_offer",
        words(
          String.raw`\b(?:afwijzen|afslaan|niet (?:aan )?(?:kan )?(?:nemen|accepteren))\b[^.]{0,40}\baanbod\b|\baanbod\b[^.]{0,40}\b(?:afwijzen|afslaan)\b`,
        ),
      ],
      [
        "accept_offer",
        words(String.raw`\b(?:neem|accepteer) (?:ik )?(?:jullie|uw|je|het) (?:\w+ )?aanbod\b|\bgraag aan\b`),
      ],
      [
        "withdrawal",
        words(String.raw`\b(?:sollicitatie|kandidatuur) (?:in)?trekken\b|\btrek (?:ik )?mijn sollicitatie\b`),
      ],
      ["extension_request", words(String.raw`\b(?:meer|extra) (?:bedenk)?tijd\b`)],
      ["thank_you", words(String.raw`\bbedankt voor (?:het|ons) (?:\w+ )?gesprek\b`)],
      ["follow_up", words(String.raw`\b(?:navragen|stand van zaken)\b`)],
    ],
  };
}
