// Small rules of written English that every owner email and draft shares: the possessive of a
// name, lists of names, counts in words. One place, so "Acme Robotics's" cannot come back in one corner.

/**
 * "Northwind's", "Acme Robotics'": a name ending in s takes the apostrophe alone (the style most
 * companies use for their own plural-looking names); any other name takes 's.
 */
export function possessive(name: string): string {
  const trimmed = name.trimEnd();
  return /s$/i.test(trimmed) ? `${trimmed}'` : `${trimmed}'s`;
}

/** "Globex", "Globex and Initech", "Globex, Initech and Acme". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? "";
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/** "three", "12": small counts in words, as a person writes them. */
export function countWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** "one follow-up", "three follow-ups". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${countWord(count)} ${count === 1 ? singular : plural}`;
}

const ORDINALS = ["zeroth", "first", "second", "third", "fourth", "fifth"];

/** "first", "second", "third"; "6th" beyond. */
export function ordinal(n: number): string {
  return ORDINALS[n] ?? `${n}th`;
}
