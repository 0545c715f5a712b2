// Addresses as they may appear in logs: masked, enough to debug, not enough to leak (house rule:
// never log full addresses). The use cases mask what they log; the logger adapters mask every line
// on the way out as well.

const ADDRESS = /[^\s@<>"'(),;:[\]\\]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** "sam.rivera@gmail.com" -> "s***@gmail.com". */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${address[0]}***${address.slice(at)}`;
}

/** Every address in `text` masked as by maskAddress. */
export function maskAddresses(text: string): string {
  return text.replace(ADDRESS, (address) => maskAddress(address) ?? "***");
}
