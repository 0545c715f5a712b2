// Where a job is, written after a title's dash or comma ("Teamleitung Redaktion (m/w/d) – Bremen",
// "Analyst, Route Design - Denver, CO"), is no part of the title. A place is known two ways: the
// message itself writes the word as a place (after a postal code in an address, "28195 Bremen";
// before a state or country code, "Perth WA"), or the word is a city or region name from the table
// below. The table is data, not a rule: a name is added when mail writes it after a title.
import { escapeRegExp } from "./regex-source";

// Cities and regions job mail names after titles, in the spellings mail uses (both where two are
// common). Kept to places whose name is no English or local area word ("Energy", "Retail").
const PLACE_NAMES = [
  // German-speaking
  "Berlin",
  "Hamburg",
  "München",
  "Munich",
  "Köln",
  "Cologne",
  "Frankfurt",
  "Frankfurt am Main",
  "Stuttgart",
  "Düsseldorf",
  "Dortmund",
  "Leipzig",
  "Dresden",
  "Hannover",
  "Nürnberg",
  "Bremen",
  "Bonn",
  "Mannheim",
  "Karlsruhe",
  "Wien",
  "Vienna",
  "Graz",
  "Linz",
  "Salzburg",
  "Zürich",
  "Zurich",
  "Basel",
  "Bern",
  "Genf",
  "Genève",
  "Geneva",
  "Lausanne",
  "Lugano",
  "Luzern",
  // French-speaking
  "Paris",
  "Lyon",
  "Marseille",
  "Toulouse",
  "Lille",
  "Bordeaux",
  "Nantes",
  "Rennes",
  "Strasbourg",
  "Montpellier",
  "Bruxelles",
  "Brussels",
  "Montréal",
  "Montreal",
  "Québec",
  "Luxembourg",
  // Dutch-speaking
  "Amsterdam",
  "Rotterdam",
  "Utrecht",
  "Den Haag",
  "Eindhoven",
  "Groningen",
  "Antwerpen",
  "Antwerp",
  "Gent",
  "Ghent",
  // Spanish- and Portuguese-speaking
  "Madrid",
  "Barcelona",
  "Valencia",
  "Sevilla",
  "Bilbao",
  "Málaga",
  "Lisboa",
  "Lisbon",
  "Porto",
  "Santiago",
  "Buenos Aires",
  "Montevideo",
  "Bogotá",
  "Lima",
  "Ciudad de México",
  "Mexico City",
  "São Paulo",
  "Rio de Janeiro",
  // Italian-speaking
  "Milano",
  "Milan",
  "Roma",
  "Rome",
  "Torino",
  "Turin",
  "Bologna",
  "Firenze",
  "Florence",
  "Napoli",
  // Nordic and Polish
  "Stockholm",
  "Göteborg",
  "Gothenburg",
  "Malmö",
  "Oslo",
  "København",
  "Copenhagen",
  "Helsinki",
  "Warszawa",
  "Warsaw",
  "Kraków",
  "Krakow",
  "Wrocław",
  "Gdańsk",
  // English-speaking
  "London",
  "Manchester",
  "Birmingham",
  "Leeds",
  "Bristol",
  "Edinburgh",
  "Glasgow",
  "Dublin",
  "Cork",
  "New York",
  "San Francisco",
  "Seattle",
  "Chicago",
  "Boston",
  "Austin",
  "Denver",
  "Atlanta",
  "Toronto",
  "Vancouver",
  "Sydney",
  "Melbourne",
  "Brisbane",
  "Perth",
  "Adelaide",
  "Auckland",
  "Wellington",
  "Singapore",
  "Johannesburg",
  "Cape Town",
  // Asia and the Middle East
  "Hong Kong",
  "Tokyo",
  "Seoul",
  "Shanghai",
  "Beijing",
  "Shenzhen",
  "Taipei",
  "Bangalore",
  "Bengaluru",
  "Mumbai",
  "Hyderabad",
  "Pune",
  "Kuala Lumpur",
  "Jakarta",
  "Manila",
  "Bangkok",
  "Ho Chi Minh City",
  "Dubai",
  "Abu Dhabi",
  "Tel Aviv",
];

const KNOWN_PLACE = new RegExp(`^(?:${PLACE_NAMES.map(escapeRegExp).join("|")})$`, "iu");

/** A city or region name from the table ("Köln", "Buenos Aires"), whatever the text says. */
export function isKnownPlace(words: string): boolean {
  return KNOWN_PLACE.test(words.trim());
}

/**
 * The text writes the words as a place: after a postal code that starts an address's line or
 * follows its comma ("Hafenweg 4, 50827 Köln", "6900 Lugano"; not a year: "since 2019 Payments"), or before a state or country code ("Perth WA", "Chicago, IL") that ends a clause.
 */
export function writtenAsPlace(words: string, text: string): boolean {
  const w = escapeRegExp(words.trim());
  if (!w) return false;
  return new RegExp(
    `(?:^|[\\n,])[ \\t]*(?:[A-Z]{1,2}-)?\\d{4,5}[ \\t]+${w}(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])${w},?[ \\t]+[A-Z]{2,3}(?=[ \\t]*(?:[.,;:!?()\\n]|$))`,
    "u",
  ).test(text);
}

/** Either of the above: the words name where the job is, not what it is. */
export function isPlace(words: string, text: string): boolean {
  return isKnownPlace(words) || writtenAsPlace(words, text);
}
