// The Unicode reading of "fold a text for comparison" (accents off, lower case, anything but letters
// and digits one space): what the fast paths of foldText and the title cross-checks must agree with.
export function unicodeFold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
