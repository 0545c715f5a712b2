// The one structured logger: JSON lines on stderr. Callers pass correlation keys (message key,
// nudge id, employer id); never bodies or full addresses (use maskAddress). Error messages are
// logged as they come, and SDK errors name addresses ("identities failed the check ...: you@x"),
// so every line is masked on the way out as well.
import type { Logger } from "../app/ports";
import { maskAddresses } from "../domain/address-mask";

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
