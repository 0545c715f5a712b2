// Polish. chrono has no Polish locale: the dates Polish mail writes ("26 stycznia 2027 r.", "we
// wtorek", "o godz. 11:00") are read by polish-dates.ts.
import { type LanguageCues, unicodeBoundaries, words } from "./cues";

const WEEKDAY = `(?:poniedziałek|poniedziałku|wtorek|wtorku|środa|środę|środy|czwartek|czwartku|piątek|piątku|sobota|sobotę|niedziela|niedzielę)`;
const MONTH = `(?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia)`;

export const POLISH_STOP_WORDS: readonly string[] = [
  "i",
  "w",
  "z",
  "na",
  "się",
  "nie",
  "jest",
  "że",
  "do",
  "to",
  "za",
  "dla",
  "od",
  "po",
  "we",
  "pani",
  "pana",
  "państwa",
  "dziękujemy",
  "dziękuję",
  "pozdrawiam",
  "pozdrawiamy",
  "serdecznie",
  "dzień",
  "dobry",
  "oraz",
  "lub",
  "przez",
  "będzie",
  "naszej",
  "nasz",
  "nasze",
  "naszego",
  "proszę",
  "jeśli",
  "czy",
  "jak",
  "też",
  "już",
  "tylko",
  "tym",
  "ten",
  "ta",
  "które",
  "który",
  "która",
  "rozmowy",
  "rozmowę",
];

export const POLISH_LEGAL_FORMS: readonly string[] = ["sp. z o.o.", "Sp. z o.o.", "S.A.", "sp.k."];

/** The language's cues, built on first use (tables.ts): English mail never pays for them. */
export const polishCues = (): LanguageCues => ({
  language: "pl",
  stopWords: POLISH_STOP_WORDS,
  kind: {
    rejection: [
      [
        words(
          String.raw`\b(?:zdecydowaliśmy|postanowiliśmy)\b[^.\n]{0,60}\b(?:innym kandydat\w*|inną kandydatką|innej osoby|inną osobą|innymi kandydatami)\b`,
        ),
        5,
      ],
      [
        words(
          String.raw`\bnie (?:będziemy )?(?:kontynuować|kontynuujemy)\b[^.\n]{0,40}\b(?:rekrutacji|procesu|Pani|Pana)\b|\b(?:Pani|Pana) kandydatura nie\b`,
        ),
        5,
      ],
      [words(String.raw`\b(?:niestety|z przykrością)\b`), 2],
      [words(String.raw`\bstanowisko (?:zostało )?(?:już )?obsadzone\b`), 4],
      [words(String.raw`\b(?:przyszłych|kolejnych) (?:rekrutacj\w*|procesach|ofertach)\b|\bw naszej bazie\b`), 1.5],
    ],
    notRejection: [],
    offer: [
      [
        words(
          String.raw`\b(?:przedstawić|złożyć|przesyłamy|przesyłam) (?:Pani |Panu )?(?:ofertę|propozycję) (?:pracy|zatrudnienia)\b|\bofert\w* (?:pracy|zatrudnienia)\b`,
        ),
        6,
      ],
      [words(String.raw`^(?:(?:re|odp|pd|fwd?):\s*)*(?:oferta|propozycja zatrudnienia)\b`), 3],
      [words(String.raw`\bwynagrodzenie\b[^\n]{0,40}\d`), 2],
      [words(String.raw`\b(?:umowa o pracę|B2B|data rozpoczęcia)\b`), 1],
    ],
    notOffer: [],
    extension: [[words(String.raw`\b(?:przedłużyć|przedłużamy|wydłużyć)\b[^.]{0,40}\b(?:termin)\b`), 6]],
    scheduled: [
      [words(String.raw`\bpotwierdzam(?:y)? (?:naszą |Pani |Pana )?(?:rozmow\w*|spotkanie|termin)\b`), 5],
      [
        words(String.raw`\b(?:rozmowa|spotkanie)\b[^.\n]{0,60}\b(?:potwierdzon[aey]|zaplanowan[aey]|umówion[aey])\b`),
        4,
      ],
      [words(String.raw`^(?:(?:re|odp|pd|fwd?):\s*)*potwierdzenie\b`), 4],
      [words(String.raw`^\s*(?:Data|Godzina|Miejsce|Termin|Link do spotkania)\s*:`, "im"), 1.5],
      [words(String.raw`\b(?:rozmowa|spotkanie) potrwa\b|\bdo zobaczenia\b`), 1],
    ],
    invite: [
      [words(String.raw`\b(?:Pani|Pana) dostępność\b|\bkiedy (?:byłaby Pani|byłby Pan) dostępn\w*\b`), 5],
      [
        words(
          String.raw`\b(?:wybrać|wybierz|zarezerwować) (?:dogodny )?termin\b|\bktóry termin (?:Pani|Panu) odpowiada\b`,
        ),
        4,
      ],
      [words(String.raw`\bzaprosić (?:Panią|Pana) na (?:rozmowę|spotkanie)\b|\bzaprosz\w* na rozmowę\b`), 3],
    ],
    update: [
      [words(String.raw`\b(?:wrócimy|odezwiemy się|skontaktujemy się|damy znać)\b`), 2],
      [words(String.raw`\breferencj\w*\b`), 2],
      [words(String.raw`\bkolejn\w* etap\w*\b|\bnastępn\w* krok\w*\b`), 1.5],
    ],
    applicationReceived: [
      [words(String.raw`\botrzymaliśmy (?:Pani|Pana|Twoją) (?:aplikację|zgłoszenie|kandydaturę)\b`), 5],
    ],
    other: [
      [words(String.raw`\b(?:nowe oferty pracy|oferty pracy dla (?:Ciebie|Pani|Pana)|powiadomienie o ofertach)\b`), 5],
      [words(String.raw`\b(?:wypisz się|zrezygnuj z subskrypcji|anuluj subskrypcję)\b`), 3],
      [words(String.raw`\b(?:newsletter|webinar)\b`), 2],
    ],
    jobWords: words(
      String.raw`\b(?:rekrutacj\w*|rozmow\w* rekrutacyjn\w*|stanowisk\w*|aplikacj\w*|kandydat\w*|ofert\w*|CV|zatrudnieni\w*|referencj\w*)\b`,
    ),
    personal: words(String.raw`\b(?:mamo|tato|buziaki|gratulacje|trzymam kciuki)\b`),
  },
  slots: {
    day: unicodeBoundaries(String.raw`(?:\b${WEEKDAY}\b|\bjutro\b|\b\d{1,2} ${MONTH}|\b\d{1,2}\.\d{1,2}\b)`),
    clock: unicodeBoundaries(String.raw`(?:\b\d{1,2}[:.]\d{2}\b|\bgodz\.? \d{1,2}\b)`),
    window: words(String.raw`\b(?:w tym|w przyszłym|w przyszły) tygodniu\b|\bw najbliższych dniach\b`),
    settles: words(String.raw`\b(?:potwierdz\w*|umówion\w*|do zobaczenia)\b`),
    hedged: words(String.raw`\b(?:jeśli|jeżeli|może|ewentualnie|albo)\b`),
    asks: words(String.raw`\?|^(?:Czy|Który|Kiedy)\b|\bproszę o (?:informację|wskazanie)\b`),
    dueDate: words(String.raw`\b(?:do dnia|najpóźniej do|do)\b[^,;.?!\n]{0,30}`, "gi"),
    checksBooking: words(String.raw`\bczy termin jest nadal aktualny\b`),
    bareSettle: words("^(?:super|świetnie|dziękuję)?[, ]*(?:potwierdzam|pasuje)[.!]*$"),
  },
  promises: {
    offerWord: words(String.raw`\b(?:ofert\w*|propozycj\w*|umow\w*)\b`),
    promise: words(String.raw`\b(?:prześlemy|otrzyma Pani|otrzyma Pan|gdy tylko|przygotowujemy)\b`),
  },
  dates: {
    respond: words(
      String.raw`\b(?:(?:Pani|Pana) (?:odpowiedź|decyzj\w*)|odpowied\w*|decyzj\w*|akceptacj\w*|podpisa\w*|ważna do)\b`,
    ),
    expect: words(
      String.raw`\b(?:wrócimy z odpowiedzią|odezwiemy się|skontaktujemy się|damy znać|(?:nasz\w*|ostateczn\w*) decyzj\w*)\b`,
    ),
    scheduling: words(String.raw`\b(?:dostępnoś\w*|wybra\w* termin\w*|zarezerwować|przełożyć|umówić)\b`),
    meeting: words(String.raw`\b(?:rozmow\w*|spotkani\w*|potwierdz\w*|godz\w*|termin)\b`),
    start: words(String.raw`\b(?:rozpoczęci\w*|start|pierwszy dzień)\b`),
  },
  windows: {
    within: words(
      String.raw`\b(?:w ciągu|w przeciągu)\s+(?<amount>\d{1,3}|jednego|dwóch|trzech|czterech|pięciu|siedmiu|dziesięciu)\s+(?<unit>godzin\w*|dni roboczych|dni|tygodni\w*)\b`,
    ),
    hours: /^godzin/i,
    workingDays: /robocz/i,
    weeks: /^tygod/i,
    numbers: { jednego: 1, dwóch: 2, trzech: 3, czterech: 4, pięciu: 5, siedmiu: 7, dziesięciu: 10 },
    weekEnd: words(String.raw`\bdo końca (?:(?<next>przyszłego tygodnia)|tego tygodnia|tygodnia)\b`),
    vague: words(String.raw`^(?:w\s+)?(?:przyszłym|przyszły|tym|najbliższym)\s+(?:tygodniu|miesiącu)$`),
  },
  titles: {
    before: "stanowisko|na stanowisko|stanowisku|rolę|roli",
    stops:
      "i|w|z|na|się|nie|jest|że|do|to|za|dla|od|po|we|oraz|ja|my|pani|pan|państwo|stanowisko|rozmowa|rozmowy|rozmowę|potwierdzenie|rekrutacja|zespole|zdalnie",
    heads:
      "Kierownik|Kierowniczka|Specjalist(?:a|ka)|Analityk|Inżynier|Programist(?:a|ka)|Projektant(?:ka)?|Dyrektor|Koordynator(?:ka)?|Konsultant(?:ka)?|Architekt|Tester(?:ka)?|Product",
  },
  legalForms: POLISH_LEGAL_FORMS,
  unmonitored: words(String.raw`\b(?:nie odpowiadaj na tę wiadomość|wiadomość wygenerowana automatycznie)`),
  outgoing: [
    ["decline_offer", words(String.raw`\b(?:odrzucić|nie mogę przyjąć)\b[^.]{0,40}\bofert\w*\b`)],
    ["accept_offer", words(String.raw`\b(?:przyjmuję|akceptuję)\b[^.]{0,30}\bofert\w*\b`)],
    ["withdrawal", words(String.raw`\bwycofać (?:moją )?kandydaturę\b`)],
    ["extension_request", words(String.raw`\b(?:więcej czasu|kilka dni więcej)\b`)],
    ["thank_you", words(String.raw`\bdziękuję za (?:rozmowę|spotkanie|poświęcony czas)\b`)],
    ["follow_up", words(String.raw`\b(?:informacj\w*|aktualizacj\w*)\b[^.]{0,40}\b(?:procesu|rekrutacji)\b`)],
  ],
});
