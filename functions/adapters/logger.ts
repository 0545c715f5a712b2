// The one structured logger: JSON lines on stderr. Callers pass correlation keys (message key,
// nudge id, employer id); never bodies or full addresses (use maskAddress). Error messages are
// logged as they come, and SDK errors name addresses ("identities failed the check ...: you@x"),
// so every line is masked on the way out as well.
import type { Logger } from "./ports";

const ADDRESS = /[^\s@<>"'(),;:[\]\\]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** Every address in `text` masked as by maskAddress. */
export function maskAddresses(text: string): string {
  return text.replace(ADDRESS, (address) => maskAddress(address) ?? "***");
}

export function jsonLogger(
  base: Record<string, unknown> = {},
  write = (line: string) => process.stderr.write(line),
): Logger {
  const emit = (level: string, message: string, fields?: Record<string, unknown>) =>
    write(`${maskAddresses(JSON.stringify({ level, time: new Date().toISOString(), message, ...base, ...fields }))}\n`);
  return {
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

/** "sam.rivera@gmail.com" -> "s***@gmail.com": enough to debug, not enough to leak. */
export function maskAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  const at = address.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${address[0]}***${address.slice(at)}`;
}

/** Human-readable lines for the local stack's console: "12:04:05 info  message applied kind=offer". */
export function consoleLogger(write = (line: string) => process.stderr.write(line)): Logger {
  const emit = (level: string, message: string, fields?: Record<string, unknown>) => {
    const time = new Date().toISOString().slice(11, 19);
    const extra = Object.entries(fields ?? {})
      .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
      .join(" ");
    write(maskAddresses(`${time} ${level.padEnd(5)} ${message}${extra ? ` ${extra}` : ""}\n`));
  };
  return {
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
  };
}
