// German (Germany, Austria, Switzerland: "ss" for "ß" is accepted where it matters).
import { type LanguageCues, unicodeBoundaries, words } from "./cues";

// Within one clause: German writes dates with a dot ("bis 8. Mai"), which ends no sentence.
const CLAUSE = String.raw`(?:[^.!?\n]|(?<=\d)\.)`;
const WEEKDAY = String.raw`(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|(?:Mo|Di|Mi|Do|Fr|Sa)\.)`;
const MONTH = String.raw`(?:Jan(?:uar)?|Feb(?:ruar)?|März|Maerz|Apr(?:il)?|Mai|Juni?|Juli?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Okt(?:ober)?|Nov(?:ember)?|Dez(?:ember)?)\.?`;

export const GERMAN_STOP_WORDS: readonly string[] = [
  "und",
  "der",
  "die",
  "das",
  "nicht",
  "mit",
  "wir",
  "sie",
  "ihnen",
  "ihre",
  "ihr",
  "ist",
  "für",
  "auf",
  "den",
  "dem",
  "ein",
  "eine",
  "einen",
  "uns",
  "zu",
  "sich",
  "bei",
  "vielen",
  "dank",
  "gerne",
  "gern",
  "bitte",
  "auch",
  "noch",
  "wie",
  "dass",
  "werden",
  "haben",
  "grüße",
  "grüsse",
  "freundliche",
  "ich",
  "dir",
  "dich",
  "über",
  "unser",
  "unsere",
  "wurde",
  "können",
  "sind",
  "oder",
  "aber",
  "nach",
  "sehr",
  "wenn",
  "schon",
  "diese",
  "dieser",
  "einem",
  "einer",
  "möchten",
  "würden",
  "hallo",
  "herr",
  "frau",
  "nur",
  "mich",
  "mir",
  "kann",
  "keine",
  "wieder",
];

export const GERMAN_LEGAL_FORMS: readonly string[] = [
  "GmbH & Co. KG",
  "GmbH",
  "gGmbH",
  "AG",
  "SE",
  "KGaA",
  "KG",
  "OHG",
  "e.V.",
  "e.K.",
  "UG (haftungsbeschränkt)",
  "UG",
  "mbH",
];

/** The language's cues, built on first use (tables.ts): English mail never pays for them. */
export function germanCues(): LanguageCues {
  return {
    language: "de",
    stopWords: GERMAN_STOP_WORDS,
    kind: {
      rejection: [
        // "den weiteren Prozess mit einer anderen Kandidatin fortzusetzen": someone else goes on.
        [
          words(
            String.raw`\bmit (?:einer|einem) (?:anderen|weiteren) (?:Kandidat\w*|Bewerber\w*|Mitbewerber\w*|Person|Profil)${CLAUSE}{0,80}(?:fortzusetzen|fortzuführen|weiterzugehen|weiterzuführen)\b`,
          ),
          5,
        ],
        [words(String.raw`\bdiese Entscheidung (?:ist|fiel) uns nicht leicht(?:gefallen)?\b`), 2],
        [
          words(
            String.raw`\b(?:für|zugunsten) (?:eine[nr]? )?(?:andere[nr]?|anderweitige[nr]?|weitere[nr]?) (?:Kandidat\w*|Bewerber\w*|Person\w*|Profil\w*)\b${CLAUSE}{0,60}entschieden\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\b(?:uns|sich) (?:leider )?(?:gegen (?:Ihre|deine|eine) (?:Bewerbung|Kandidatur)|anderweitig) entschieden\b`,
          ),
          5,
        ],
        // "haben wir uns jedoch für eine Kandidatin entschieden, deren ...": someone else was chosen.
        [
          words(
            String.raw`\b(?:uns|wir) (?:\w+ ){0,3}(?:für|zugunsten) (?:eine[nr]?|die|den) (?:Kandidat\w*|Bewerber\w*|Mitbewerber\w*|Person|Profil) (?:\w+ ){0,2}entschieden\b`,
          ),
          5,
        ],
        // "für Kandidat:innen entschieden, deren Profil ...": others chosen, in the plural with no article.
        [
          words(
            String.raw`\b(?:uns|wir) (?:\w+ ){0,3}(?:für|zugunsten) (?:andere )?(?:Kandidat|Bewerber|Mitbewerber)(?:innen|en|[:*_/]innen|Innen) (?:\w+ ){0,2}entschieden\b`,
          ),
          5,
        ],
        // "die Position ... mit einer Kandidatin zu besetzen": the post goes to someone else.
        [
          words(
            String.raw`\b(?:Position|Stelle|Rolle|Vakanz)\b${CLAUSE}{0,80}\bmit (?:einer|einem) (?:anderen )?(?:Kandidat\w*|Bewerber\w*|Person) (?:zu )?(?:besetzen|nachzubesetzen)\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\b(?:Ihre|deine) (?:Bewerbung|Kandidatur) (?:leider )?nicht (?:weiter )?(?:berücksichtigen|verfolgen)\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\bnicht (?:in die (?:engere|nächste) Auswahl|(?:für|in) die (?:nächste|weitere) (?:Runde|Phase|Stufe))\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:Prozess|Verfahren|Auswahlprozess) (?:mit (?:Ihnen|dir) )?(?:(?:leider|daher|deshalb|somit|also|nun) )*nicht (?:weiter )?(?:fortsetzen|fortführen)\b`,
          ),
          5,
        ],
        [words(String.raw`\b(?:müssen|muss) (?:wir|ich) (?:Ihnen|dir) (?:leider )?(?:mitteilen|absagen)\b`), 4],
        [
          words(
            String.raw`\b(?:Stelle|Position|Vakanz) (?:wurde|ist) (?:bereits |inzwischen |intern )?(?:besetzt|vergeben)\b`,
          ),
          4,
        ],
        [words(String.raw`\bAbsage\b`), 3],
        [words(String.raw`\bleider\b`), 1.5],
        [
          words(
            String.raw`\bnicht (?:die )?(?:Nachricht|Antwort),? (?:die|auf die) (?:Sie|du) (?:sich )?(?:erhofft|gehofft)`,
          ),
          3,
        ],
        [
          words(
            String.raw`\b(?:Erfahrung|Profil|Qualifikation)\w* (?:noch )?(?:etwas )?(?:genauer|besser|stärker) (?:zu|auf)\b`,
          ),
          2,
        ],
        [words(String.raw`\bTalent-?[Pp]ool\b|\bkünftige (?:Vakanzen|Stellen|Positionen)\b`), 1.5],
        [words(String.raw`\b(?:beruflichen )?(?:Weg|Werdegang)\b${CLAUSE}{0,30}\b(?:alles Gute|viel Erfolg)\b`), 1.5],
      ],
      notRejection: [
        [
          words(
            String.raw`\b(?:Ihre|deine) (?:Bewerbung|Kandidatur) (?:ist|bleibt) (?:weiterhin |nach wie vor )?(?:aktiv|im Rennen|in der Auswahl)\b|\bkeine Absage\b`,
          ),
          4,
        ],
      ],
      offer: [
        [
          words(
            String.raw`\b(?:Ihnen|dir|euch) (?:hiermit |heute |gerne |gern )?(?:die (?:Position|Stelle|Rolle)|ein(?:en)? (?:\w+ )?(?:Angebot|Vertrag|Arbeitsvertrag|Vertragsangebot))\b[^.!?\n]{0,120}\b(?:anzubieten|zu unterbreiten|zu machen|vorzulegen|anbieten zu (?:können|dürfen))\b`,
          ),
          6,
        ],
        [words(String.raw`\b(?:Ihr|dein) (?:Stellen|Job|Vertrags|Arbeits)?angebot\b`), 2],
        [words(String.raw`^(?:(?:aw|wg|re|fw|fwd):\s*)*(?:Ihr |dein |unser )?(?:Vertrags|Job|Stellen)?angebot\b`), 2],
        [words(String.raw`\bAngebotsschreiben\b|\bVertragsunterlagen\b|\bVertragsentwurf\b`), 2],
        [words(String.raw`\b(?:Brutto)?(?:jahres|monats)?(?:gehalt|lohn)\b[^\n]{0,40}\d`), 2],
        [words(String.raw`\bArbeitsvertrag\b`), 1],
        [words(String.raw`\bProbezeit\b|\bUrlaubstage\b`), 1],
        [words(String.raw`\b(?:Eintritts|Start)(?:termin|datum)\b|^\s*Start\s*:`, "im"), 1],
      ],
      notOffer: [
        [
          words(
            String.raw`\bkein(?:e|en)? (?:\w+ )?Angebot (?:machen|unterbreiten|anbieten)\b|\b(?:Stelle|Position) (?:an|mit) (?:eine[nr]? )?ander`,
          ),
          8,
        ],
        [words(String.raw`\b(?:ein anderes|ein weiteres|konkurrierendes) Angebot\b`), 1.5],
      ],
      extension: [
        [
          words(
            String.raw`\b(?:Frist|Bedenkzeit|Deadline)\b${CLAUSE}{0,40}\b(?:verlängern|verlängert|verschieben|verschoben)\b`,
          ),
          6,
        ],
        [
          words(
            String.raw`\b(?:mehr|zusätzliche) (?:Bedenkzeit|Zeit)\b${CLAUSE}{0,30}\b(?:geben|gewähren|einräumen)\b`,
          ),
          5,
        ],
      ],
      scheduled: [
        [
          words(
            String.raw`\bbestätigen? (?:wir |ich )?(?:Ihnen |dir |euch )?(?:hiermit |gerne |gern )?(?:den|Ihren|deinen|unseren|das|Ihr|dein) (?:[\wäöüß-]+ ){0,2}(?:Termin\w*|\w*[Gg]espräch\w*|Interview\w*|Kennenlernen)`,
          ),
          4,
        ],
        [
          words(
            String.raw`\b(?:Termin|\w*[Gg]espräch|Interview)\w* (?:ist|wurde|wird) (?:hiermit |nun )?(?:bestätigt|gebucht|vereinbart|eingetragen|fixiert)\b`,
          ),
          4,
        ],
        [
          words(
            String.raw`\bTerminbestätigung\b|\bBestätigung (?:Ihres |deines |des |unseres )?(?:\w*[Gg]espräch\w*|Termin\w*|Interview\w*)`,
          ),
          4,
        ],
        // The slot already agreed with the owner ("haben den Termin bereits mit Ihnen telefonisch
        // abgestimmt"): set, even in a mail that calls itself an invitation. Not "einen Termin zu
        // vereinbaren" (still to find).
        [
          words(
            String.raw`\b(?:haben|hatten)\b[^.!?\n]{0,40}\bTermin\b[^.!?\n]{0,50}\b(?:abgestimmt|vereinbart|festgelegt|fixiert|bestätigt)\b|\bTermin\b[^.!?\n]{0,50}\b(?:bereits|schon)\b[^.!?\n]{0,40}\b(?:abgestimmt|vereinbart|festgelegt|fixiert|bestätigt)\b`,
          ),
          5,
        ],
        [words(String.raw`^\s*(?:Datum|Uhrzeit|Zeit|Wann|Ort)\s*:`, "im"), 1.5],
        [words(String.raw`\b(?:Kalendereinladung|Einwahllink|Einwahldaten)\b`), 1],
        // A fixed slot laid out ("Termin: Donnerstag, 5. November 2026, 14:00 bis 15:30 Uhr") and its
        // calendar entry attached: set, even when the mail calls itself an "Einladung".
        [words(String.raw`^\s*(?:(?:Neuer|Geänderter) )?(?:Termin|Datum|Wann)\s*:[^\n]*\d{1,2}[:.]\d{2}`, "im"), 2],
        // A booked talk moved: "müssen wir Ihr Zweitgespräch verschieben" (a new time row says when).
        [
          words(
            String.raw`\b(?:müssen|mussten|haben|hatten) wir (?:Ihr|dein|unser|das|den) (?:[\wäöüß-]+ ){0,2}?(?:\w*[Gg]espräch\w*|Termin|Interview) (?:verschieben|verlegen|verschoben|verlegt)\b`,
          ),
          2,
        ],
        [
          words(
            String.raw`\b(?:Kalendereintrag|Kalendereinladung|Termineinladung)\b[^.\n]{0,30}\b(?:im Anhang|anbei|angehängt)`,
          ),
          2,
        ],
        [words(String.raw`\bbis (?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|morgen|dann|bald)!`), 1],
      ],
      invite: [
        [
          words(
            String.raw`\b(?:Ihre|deine) (?:zeitliche )?Verfügbarkeit(?:en)?\b|\bwann (?:Sie|du) (?:Zeit|verfügbar)\b`,
          ),
          5,
        ],
        [
          words(
            String.raw`\b(?:wählen|buchen|suchen|reservieren) Sie (?:sich )?[^.!?\n]{0,60}\b(?:Termin|Zeitslot|Slot|Zeitfenster|Zeitpunkt)\b`,
          ),
          4,
        ],
        [words(String.raw`\b(?:Terminvorschläge?|mögliche Termine|folgenden Termine|folgende Zeitfenster)\b`), 3],
        [
          words(
            String.raw`\b(?:Sie|dich|euch) (?:gerne |gern |herzlich )?(?:zu|zum) (?:einem )?(?:ersten |zweiten |persönlichen |kurzen )?(?:\w*gespräch|\w*[Ii]nterview|Kennenlernen)\w* (?:ein)?(?:laden|einladen)\b`,
          ),
          4,
        ],
        [words(String.raw`\bEinladung (?:zu[mr]? )?(?:einem )?(?:\w*gespräch|Interview|Kennenlernen)`), 3],
        [
          words(
            String.raw`\b(?:Sie|dich) (?:gerne |gern )?(?:in einem (?:ersten |persönlichen |kurzen )?\w+ )?(?:näher |besser |persönlich )?kennenlernen\b`,
          ),
          3,
        ],
        [
          words(
            String.raw`\bwelche[rsnm]? (?:Termin|Zeitpunkt|Slot|Tag|Uhrzeit)\w*\b[^?\n]{0,60}\?|\b(?:passt|passen) (?:Ihnen|dir)\b[^.\n]{0,40}\?`,
          ),
          4,
        ],
      ],
      update: [
        // The times will come from the employer: "Die Terminvorschläge dafür schicken wir Ihnen, sobald ...".
        [
          words(
            String.raw`\b(?:Terminvorschläge|Terminvorschlag|Termine|Terminoptionen) (?:\w+ ){0,4}(?:schicken|senden|übermitteln|nennen|schlagen) (?:wir|ich) (?:Ihnen|dir)\b`,
          ),
          4,
        ],
        [words(String.raw`\b(?:Rückmeldung|Entscheidung|Entscheid)\b`), 2],
        [
          words(
            String.raw`\b(?:melden (?:wir|ich) uns|(?:werden|werde) (?:uns|mich)\b${CLAUSE}{0,60}\bmelden|auf dem Laufenden)\b`,
          ),
          2,
        ],
        [words(String.raw`\bReferenz(?:en|auskünfte|auskunft|personen|geber)?\b`), 2],
        [words(String.raw`\bnächsten? Schritte?\b|\bfinalen? Phase\b`), 1.5],
        [
          words(
            String.raw`\b(?:verzögert|Verzögerung|dauert (?:etwas |noch )?länger|noch nicht abgeschlossen|Geduld)\b`,
          ),
          2,
        ],
        [
          words(
            String.raw`\b(?:Referenz\w*|Zeugnisse|Unterlagen|Dokumente|Nachweise|Arbeitszeugnis\w*)\b${CLAUSE}{0,60}\b(?:nennen|nachreichen|zusenden|schicken|senden|benötigen|brauchen)\b`,
          ),
          3,
        ],
      ],
      applicationReceived: [
        [
          words(
            String.raw`\b(?:Ihre|deine) Bewerbung (?:ist|wurde) (?:bei uns )?(?:eingegangen|erhalten)\b|\bEingangsbestätigung\b|\bwir haben (?:Ihre|deine) Bewerbung (?:erhalten|bekommen)\b`,
          ),
          5,
        ],
      ],
      other: [
        [words(String.raw`\bneue (?:Jobs|Stellen\w*|Treffer|Jobangebote)\b|\bJobagent\w*\b|\bJob-?Alarm\b`), 5],
        [
          words(
            String.raw`\bSie erhalten diese (?:E-Mail|Nachricht|Mail)\b|\babbestellen\b|\babmelden\b|\bNewsletter\b`,
          ),
          3,
        ],
        [words(String.raw`\b(?:Rechnung|Bestellung|Zahlungsbestätigung|Quittung)\b`), 3],
      ],
      jobWords: words(
        String.raw`\b(?:Bewerbung\w*|Stelle|Position|\w*gespräch\w*|Interview\w*|Angebot\w*|Kandidat\w*|Recruit\w*|Lebenslauf|Referenz\w*|Vertrag\w*|Absage)\b`,
      ),
      personal: words(
        String.raw`\b(?:Mama|Papa|Oma|Opa|Schatz|Küsschen|Bussi|hab dich lieb|Glückwunsch|wie (?:war|lief) (?:dein|das|es))\b`,
      ),
    },
    slots: {
      day: unicodeBoundaries(String.raw`(?:\b${WEEKDAY}|\bmorgen\b|\b\d{1,2}\.\s?${MONTH}|\b\d{1,2}\.\d{1,2}\.)`),
      clock: unicodeBoundaries(String.raw`(?:\b\d{1,2}:\d{2}(?:\s*Uhr)?|\b\d{1,2}\.\d{2}\s*Uhr|\b\d{1,2}\s*Uhr\b)`),
      window: words(
        String.raw`\b(?:diese|nächste|kommende|Anfang|Mitte|Ende) Woche\b|\bin den nächsten (?:Tagen|Wochen)\b`,
      ),
      settles: words(
        String.raw`\b(?:bestätig\w*|steht|vereinbart|gebucht|eingetragen|sehen uns|findet\b[^.?!\n]{0,60}\bstatt|(?:Termin|\w*gespräch|Interview)\w*\b[^.?!\n]{0,40}\b(?:ist|wird) (?:am|um|auf|für))\b`,
      ),
      hedged: words(String.raw`\b(?:wenn|falls|ob|würden?|könnten?|vielleicht|eventuell|alternativ|stattdessen)\b`),
      asks: words(
        String.raw`\?|^(?:Könnten|Können|Würden?|Passt|Passen|Hätten|Wäre|Wann|Welche[rsnm]?)\b|\b(?:lassen Sie (?:mich|uns)|lass (?:mich|uns)|teilen Sie (?:mir|uns)|geben Sie (?:mir|uns)) (?:\w+ )?(?:wissen|mit|Bescheid)\b`,
      ),
      dueDate: words(String.raw`\b(?:bis|spätestens|vor)\b[^,;.?!\n]{0,30}`, "gi"),
      checksBooking: words(String.raw`\bnoch (?:aktuell|gültig|dabei)\b|\bzur Bestätigung\b|\bbleibt es bei\b`),
      bareSettle: words(
        "^(?:super|perfekt|prima|danke)?[, ]*(?:gebucht|bestätigt|erledigt|abgemacht|passt|steht)[.!]*$",
      ),
    },
    promises: {
      offerWord: words(String.raw`\b(?:Angebot|Vertragsangebot|Angebotsschreiben|Arbeitsvertrag)\b`),
      promise: words(
        String.raw`\b(?:erhalten Sie|bekommen Sie|erhältst du|bekommst du|senden wir|schicken wir|folgt|folgen|sobald|nach (?:der )?Freigabe|in Vorbereitung|bereiten\b${CLAUSE}{0,30}\bvor|noch (?:freigegeben|genehmigt) werden)\b`,
      ),
    },
    dates: {
      respond: words(
        String.raw`\b(?:(?:Ihre[nm]?|deine[nm]?|eure[nm]?) (?:Rückmeldung|Antwort|Entscheidung|Entscheid|Zusage|Unterschrift)|senden (?:Sie|du) (?:uns|mir)\b[^.]{0,80}\bzurück|unterschrieben\w* (?:Angebot|Vertrag|Arbeitsvertrag|Exemplar)|annehmen|zusagen|ablehnen|unterschreiben|unterzeichnen|zurücksenden|(?:nehmen|lehnen) Sie (?:es|das Angebot|dieses)|Frist|gültig bis|verfällt|Bedenkzeit|geben Sie (?:uns|mir) (?:bitte |gerne )?(?:bis|spätestens)|Bescheid geben|(?:gib|gebt) (?:uns|mir)\b[^.]{0,60}\bBescheid|annimmst|annehmt)\b`,
      ),
      expect: words(
        String.raw`\b(?:(?:wir|ich) (?:werden|werde|möchten|möchte|wollen|will) (?:uns|Ihnen|dir)\b${CLAUSE}{0,80}\b(?:melden|Bescheid|Rückmeldung|Entscheidung|Entscheid|mitteilen|informieren)|melden (?:wir|ich) uns|(?:wir|ich) melden? (?:uns|mich)\b|(?:werden|werde) (?:uns|mich)\b${CLAUSE}{0,80}\bbei (?:Ihnen|dir|euch) melden|(?:schicken|senden) (?:wir|ich) (?:Ihnen|dir|euch)\b|(?:erhalten|bekommen|hören) (?:Sie|du) (?:von uns|unsere[n]?|eine|die)\b${CLAUSE}{0,40}\b(?:Rückmeldung|Entscheidung|Entscheid|Antwort|Bescheid|uns)|(?:Rückmeldung|Entscheidung|Antwort|Bescheid) (?:erhalten|bekommen) (?:Sie|du) von (?:uns|mir)|geben (?:wir|ich) (?:Ihnen|dir) (?:\w+ )?Bescheid|(?:möchten|werden|wollen|würden) (?:Ihnen|dir)\b${CLAUSE}{0,60}\b(?:Rückmeldung|Bescheid|Entscheidung|Antwort) (?:geben|mitteilen|zukommen lassen|schicken|senden))\b`,
      ),
      scheduling: words(
        String.raw`\b(?:Verfügbarkeit\w*|verfügbar|wählen Sie|buchen Sie|Zeitslot|Slot|Zeitfenster|Terminvorschl\w*|umbuchen|verschieben)\b`,
      ),
      meeting: words(
        String.raw`\b(?:\w*gespräch\w*|Interview\w*|Termin\w*|Datum|Zeit|Uhrzeit|bestätig\w*|Treffen|Video-?[Cc]all|Kennenlernen|Uhr)\b`,
      ),
      start: words(String.raw`\b(?:Start(?:termin|datum)?|Eintritt\w*|Arbeitsbeginn|Vertragsbeginn|Stellenantritt)\b`),
    },
    windows: {
      within: words(
        String.raw`\b(?:innerhalb|binnen)\s+(?:von\s+|der\s+nächsten\s+|den\s+nächsten\s+)?(?<amount>\d{1,3}|ein(?:em|en|er)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|vierzehn)\s+(?<unit>Stunden?|Werktag(?:e|en)?|Arbeitstag(?:e|en)?|Tag(?:e|en)?|Woche(?:n)?)\b`,
      ),
      hours: words("^Stunde"),
      workingDays: words("^(?:Werk|Arbeits)tag"),
      weeks: /^Woche/i,
      numbers: {
        ein: 1,
        einem: 1,
        einen: 1,
        einer: 1,
        zwei: 2,
        drei: 3,
        vier: 4,
        fünf: 5,
        sechs: 6,
        sieben: 7,
        acht: 8,
        neun: 9,
        zehn: 10,
        vierzehn: 14,
      },
      weekEnd: words(
        String.raw`\b(?:bis\s+)?(?:zum\s+)?Ende\s+(?:(?<next>nächster|der\s+nächsten|kommender|der\s+kommenden)|dieser|der)\s+Woche\b`,
      ),
      vague: words(
        String.raw`^(?:(?:Anfang|Mitte|im Laufe)\s+)?(?:der\s+|den\s+|in den\s+)?(?:diese[rns]?|nächste[rns]?|kommende[rns]?|folgende[rns]?)\s+(?:Woche[n]?|Monat[se]?|Tage[n]?)$`,
      ),
    },
    titles: {
      before:
        "(?:Bewerbung|Stelle|Position|Rolle|Tätigkeit|Funktion|Einstieg|Job|Anstellung) als|(?:für|auf) die (?:Position|Stelle|Rolle)(?: als)?|Position|Stelle",
      stops: String.raw`um|damit|weil|aber|dass|sodass|als|die|der|den|dem|des|das|zum|zur|für|bei|im|in|am|an|auf|mit|vom|ab|ist|wird|wurde|hat|haben|sind|ihre?[nmrs]?|deine?[nmrs]?|unser(?:e[nmrs]?)?|eine?[nmrs]?|Position|Stelle|Stellenangebot|Rolle|Bewerbung|Funktion|Tätigkeit|Einstieg|Anstellung|Vakanz|Einladung|Interview|\w*gespräch|Bestätigung|Terminbestätigung|Absage|Zwischenstand|Rückmeldung|Angebot|Referenzen|Standort|Req`,
      nounsCapitalised: true,
      adjectivesBefore: true,
      // "Einladung Zweitgespräch – Produktmanager Kfz": a subject part starting with a compound whose
      // last part is a title noun is the title.
      heads: String.raw`\p{Lu}[\p{L}-]*(?:manager|leiter|entwickler|berater|referent|ingenieur|architekt|analyst|spezialist|koordinator|techniker|controller|planer|einkäufer|buchhalter|sachbearbeiter|wissenschaftler|administrator)(?:in)?`,
    },
    legalForms: GERMAN_LEGAL_FORMS,
    unmonitored: words(
      String.raw`\b(?:(?:bitte )?nicht (?:direkt )?(?:auf|an) diese (?:E-Mail|Nachricht|Adresse)|antworten Sie (?:bitte )?nicht|werden nicht gelesen|nicht überwacht|automatisch (?:versendet|generiert|erstellt)\w*)`,
    ),
    outgoing: [
      [
        "decline_offer",
        words(
          String.raw`\b(?:Angebot|Stelle)\b${CLAUSE}{0,60}\b(?:ablehnen|absagen|nicht annehmen)\b|\bschweren Herzens\b`,
        ),
      ],
      [
        "accept_offer",
        words(
          String.raw`\b(?:nehme|nehmen) (?:ich |wir )?(?:Ihr|dein|das) (?:\w+ )?Angebot\b${CLAUSE}{0,40}\ban\b|\bsage (?:ich )?(?:gerne |gern )?zu\b`,
        ),
      ],
      [
        "withdrawal",
        words(
          String.raw`\b(?:ziehe|zurückziehen)\b${CLAUSE}{0,40}\bBewerbung\b|\bBewerbung\b${CLAUSE}{0,40}\bzurück(?:ziehen|zuziehen)\b`,
        ),
      ],
      [
        "extension_request",
        words(String.raw`\b(?:mehr|etwas) (?:Bedenkzeit|Zeit)\b|\bFrist\b${CLAUSE}{0,40}\bverlänger`),
      ],
      [
        "thank_you",
        words(
          String.raw`\b(?:vielen|herzlichen) Dank für (?:das|unser|Ihr|die) (?:\w+ )?(?:Gespräch|Interview|Zeit|Telefonat)`,
        ),
      ],
      [
        "follow_up",
        words(
          String.raw`\b(?:Stand|aktuellen Stand|Neuigkeiten)\b${CLAUSE}{0,40}\b(?:Bewerbung|Prozess|Verfahren)\b|\bnachfragen\b|\bnachhaken\b`,
        ),
      ],
    ],
  };
}
