// Swedish.
import { type LanguageCues, unicodeBoundaries, words } from "./cues";

const WEEKDAY = `(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?`;
const MONTH = String.raw`(?:jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|jun[i]?|jul[i]?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

export const SWEDISH_STOP_WORDS: readonly string[] = [
  "och",
  "att",
  "det",
  "är",
  "för",
  "med",
  "dig",
  "du",
  "din",
  "ditt",
  "dina",
  "vi",
  "oss",
  "vår",
  "vårt",
  "våra",
  "inte",
  "till",
  "på",
  "av",
  "om",
  "som",
  "har",
  "hos",
  "tack",
  "hej",
  "hälsningar",
  "vänliga",
  "gärna",
  "eller",
  "kan",
  "vill",
  "ska",
  "kommer",
  "också",
  "här",
  "efter",
  "innan",
  "nu",
  "ett",
  "en",
  "den",
  "att",
  "mycket",
  "trevligt",
  "också",
];

export const SWEDISH_LEGAL_FORMS: readonly string[] = ["AB", "AB (publ)", "HB", "KB"];

/** The language's cues, built on first use (tables.ts): English mail never pays for them. */
export const swedishCues = (): LanguageCues => ({
  language: "sv",
  stopWords: SWEDISH_STOP_WORDS,
  kind: {
    rejection: [
      [
        words(
          String.raw`\b(?:valt|beslutat|bestämt) (?:oss )?(?:att )?(?:gå vidare|fortsätta|gå|gått vidare) med (?:en )?(?:annan|andra) (?:kandidat(?:er)?|person(?:er)?|sökande)\b`,
        ),
        5,
      ],
      [
        words(
          String.raw`\b(?:går|gå) (?:inte )?vidare med (?:din|er) (?:ansökan|kandidatur)\b|\bkommer inte att gå vidare\b|\b(?:du|din ansökan) (?:har )?inte (?:blivit |gått )?(?:vidare|utvald)\b`,
        ),
        5,
      ],
      [words(String.raw`\b(?:tyvärr|beklagar)\b[^.\n]{0,80}\b(?:inte|annan kandidat|andra kandidater)\b`), 3],
      [words(String.raw`\b(?:tjänsten|rollen) (?:är|har blivit) tillsatt\b`), 4],
      [words(String.raw`\b(?:tyvärr|beklagligtvis)\b`), 1.5],
      [words(String.raw`\bbättre (?:matchar|passar|motsvarar)\b`), 2],
      [
        words(
          String.raw`\b(?:sparar|spara) (?:gärna )?(?:dina uppgifter|din ansökan|ditt cv)\b|\bhör av oss om (?:en )?(?:passande|liknande|ny) (?:roll|tjänst)\b|\bframtida (?:tjänster|roller|möjligheter)\b`,
        ),
        2,
      ],
      [words(String.raw`\binget lätt beslut\b|\blycka till\b`), 1],
    ],
    notRejection: [[words(String.raw`\b(?:din ansökan|processen) är fortfarande (?:aktiv|pågående)\b`), 4]],
    offer: [
      [
        words(
          String.raw`\b(?:erbjuda dig|erbjuder dig) (?:tjänsten|rollen|anställning|en anställning)\b|\bvårt erbjudande\b|\b(?:här kommer|bifogar|bifogat) (?:vårt |ett )?(?:erbjudande|anställningsavtal)\b|\bvill (?:väldigt )?gärna att du börjar\b`,
        ),
        6,
      ],
      [words(String.raw`\b(?:erbjudande om anställning|anställningserbjudande|anställningsavtal)\b`), 3],
      [words(String.raw`^(?:(?:sv|vb|fwd?|re):\s*)*(?:erbjudande|anställningserbjudande)\b`), 3],
      [words(String.raw`\b(?:månadslön|lön)\b[^\n]{0,40}\d`), 2],
      [words(String.raw`\b(?:provanställning|tillträde|startdatum)\b`), 1],
    ],
    notOffer: [[words(String.raw`\bkan (?:tyvärr )?inte erbjuda\b`), 8]],
    extension: [
      [
        words(String.raw`\b(?:förlänga|förlänger|förlängt|skjuta upp)\b[^.]{0,40}\b(?:svarstid|tidsfrist|deadline)\b`),
        6,
      ],
      [words(String.raw`\b(?:svarstiden|tidsfristen|deadline)\b[^.]{0,40}\b(?:förläng\w*)\b`), 6],
    ],
    scheduled: [
      [
        words(
          String.raw`\b(?:intervju|möte|samtal)\b[^.\n]{0,60}\b(?:är (?:nu )?(?:bokad|bokat|bekräftad|bekräftat)|har bokats)\b`,
        ),
        4,
      ],
      [words(String.raw`\bbekräftar (?:din |vår |er )?(?:intervju|möte|samtal|tid)\b`), 4],
      [words(String.raw`^(?:(?:sv|vb|fwd?|re):\s*)*(?:bekräftelse|bokningsbekräftelse)\b`), 4],
      [words(String.raw`^\s*(?:När|Var|Tid|Plats|Datum|Du träffar)\s*:`, "im"), 1.5],
      [words(String.raw`\bvi ses (?:på|då|snart)\b`), 1],
    ],
    invite: [
      [words(String.raw`\b(?:välj|boka) (?:en |din )?(?:tid|intervjutid)\b|\bdin tillgänglighet\b`), 5],
      [words(String.raw`\bvilken (?:tid|dag) (?:passar|fungerar) (?:dig|bäst)\b|\bnär (?:passar|kan) du\b`), 4],
      [
        words(
          String.raw`\b(?:träffa dig|bjuda in dig) (?:för|till) (?:en |ett )?(?:första |andra )?(?:intervju|samtal|möte)\b`,
        ),
        3,
      ],
    ],
    update: [
      [words(String.raw`\b(?:vi återkommer|återkommer (?:till dig|med besked)|hör av oss)\b`), 2],
      [words(String.raw`\breferenser\b`), 2],
      [words(String.raw`\bnästa steg\b`), 1.5],
      [words(String.raw`\b(?:försenad|dröjer|tar längre tid|tålamod)\b`), 2],
    ],
    applicationReceived: [[words(String.raw`\bvi har tagit emot din ansökan\b`), 5]],
    other: [
      [words(String.raw`\b(?:lediga jobb|jobbtips|jobbevakning|nya jobb för dig)\b`), 4],
      [words(String.raw`\b(?:avsluta prenumerationen|avprenumerera|du prenumererar)\b`), 3],
      [words(String.raw`\b(?:nyhetsbrev|veckans (?:brev|nyheter)|webbinarium)\b`), 2],
    ],
    jobWords: words(
      String.raw`\b(?:ansökan|tjänsten|rollen|referenser|intervju\w*|erbjudande|rekrytering\w*|kandidat(?:er)?|cv|anställning\w*)\b`,
    ),
    personal: words(String.raw`\b(?:mamma|pappa|kramar|kram|grattis|hur gick det)\b`),
  },
  slots: {
    day: unicodeBoundaries(
      String.raw`(?:\b${WEEKDAY}\b|\bimorgon\b|\bi morgon\b|\b\d{1,2} ${MONTH}|\b\d{1,2}\/\d{1,2}\b)`,
    ),
    clock: unicodeBoundaries(String.raw`(?:\b\d{1,2}[:.]\d{2}\b|\bkl\.? \d{1,2}\b)`),
    window: words(String.raw`\b(?:denna|den här|nästa) vecka\b|\bde närmaste dagarna\b`),
    settles: words(
      String.raw`\b(?:bekräft\w*|bokad|bokat|vi ses|(?:intervjun|mötet|samtalet)\b[^.?!\n]{0,40}\b(?:är|blir) (?:på|kl))\b`,
    ),
    hedged: words(String.raw`\b(?:om|kanske|skulle|istället|eller)\b`),
    asks: words(String.raw`\?|^(?:Kan du|Skulle du|Passar|Vilken|När)\b|\b(?:meddela|berätta) (?:om|vilken|när)\b`),
    dueDate: words(String.raw`\b(?:senast|innan|före)\b[^,;.?!\n]{0,30}`, "gi"),
    checksBooking: words(String.raw`\bgäller det fortfarande\b`),
    bareSettle: words("^(?:toppen|perfekt|tack)?[, ]*(?:bokat|bekräftat|klart)[.!]*$"),
  },
  promises: {
    offerWord: words(String.raw`\b(?:erbjudande|anställningsavtal|avtal)\b`),
    promise: words(String.raw`\b(?:vi skickar|du får|så snart|när vi har|vi förbereder)\b`),
  },
  dates: {
    respond: words(
      String.raw`\b(?:(?:ditt|ert) (?:svar|besked|beslut)|svara|besked|acceptera|tacka ja|underteckna|signera|giltigt till|gäller till)\b`,
    ),
    expect: words(
      String.raw`\b(?:vi återkommer|återkommer (?:till dig|med besked)|du får (?:besked|svar)|ge (?:dig )?besked)\b`,
    ),
    scheduling: words(String.raw`\b(?:tillgänglighet|tider|tid som passar|boka|välj|boka om)\b`),
    meeting: words(String.raw`\b(?:intervju\w*|möte\w*|samtal\w*|bekräft\w*|när|tid|vi ses)\b`),
    start: words(String.raw`\b(?:tillträde|startdatum|börja|första arbetsdag)\b`),
  },
  windows: {
    within: words(
      String.raw`\b(?:inom|under de närmaste)\s+(?<amount>\d{1,3}|en|ett|två|tre|fyra|fem|sex|sju|åtta|tio|fjorton)\s+(?<unit>timm(?:e|ar)|arbetsdag(?:ar)?|dag(?:ar)?|veck(?:a|or))\b`,
    ),
    hours: /^timm/i,
    workingDays: /^arbetsdag/i,
    weeks: /^veck/i,
    numbers: { en: 1, ett: 1, två: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, åtta: 8, tio: 10, fjorton: 14 },
    weekEnd: words(
      String.raw`\b(?:i\s+)?(?:slutet\s+av\s+)(?:(?<next>nästa\s+vecka)|(?:denna|den\s+här)\s+veckan?|veckan)\b`,
    ),
    vague: words(String.raw`^(?:nästa|denna|kommande)\s+(?:vecka|veckor|månad)$`),
  },
  titles: {
    before:
      "tjänsten som|tjänst som|tjänsten|rollen som|rollen|ansökan till|ansökan om|ansökan för|\\w*anställning som|befattningen som|arbeta som",
    stops:
      "och|att|det|är|för|med|din|ditt|vår|vårt|till|på|av|om|som|hos|en|ett|den|vi|jag|du|ni|de|han|hon|oss|dig|tjänsten|rollen|ansökan|intervju|erbjudande|bokad|angående|nu",
    heads:
      "[\\p{L}-]*(?:ägare|ledare|utvecklare|ingenjör|analytiker|chef|designer|skribent|konsult|specialist|arkitekt|strateg|säljare|controller|ekonom)",
  },
  legalForms: SWEDISH_LEGAL_FORMS,
  unmonitored: words(
    String.raw`\b(?:svara inte på (?:detta|det här) (?:mejl|meddelande|e-postmeddelande)|automatiskt genererat)`,
  ),
  outgoing: [
    ["decline_offer", words(String.raw`\btacka nej\b[^.]{0,40}\berbjudande\b`)],
    ["accept_offer", words(String.raw`\b(?:tackar ja|accepterar)\b[^.]{0,30}\berbjudande\b`)],
    ["withdrawal", words(String.raw`\bdra tillbaka min ansökan\b`)],
    ["extension_request", words(String.raw`\b(?:några dagar till|mer tid|förlänga svarstiden)\b`)],
    ["thank_you", words(String.raw`\btack för (?:intervjun|samtalet|mötet|din tid)\b`)],
    ["follow_up", words(String.raw`\b(?:nytt|några nyheter)\b[^.]{0,40}\b(?:processen|ansökan)\b`)],
  ],
});
