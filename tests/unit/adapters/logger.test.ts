import { describe, expect, it } from "vitest";
import { consoleLogger, jsonLogger } from "../../../functions/adapters/logger";
import { maskAddress, maskAddresses } from "../../../functions/domain/address-mask";

// What SES says when the sandbox refuses a send: error messages carry full addresses.
const SES_ERROR =
  "Email address is not verified. The following identities failed the check in region US-EAST-1: sam.rivera@gmail.com, jobnudge@inbox.rivera.dev";

describe("maskAddresses", () => {
  it.each([
    [SES_ERROR, "s***@gmail.com, j***@inbox.rivera.dev"],
    ["to <Sam.Rivera+jobs@Gmail.COM>;", "to <S***@Gmail.COM>;"],
    ["already masked s***@gmail.com", "already masked s***@gmail.com"],
  ])("masks every address in %j", (text, expected) => {
    expect(maskAddresses(text)).toContain(expected);
  });

  it.each(["rawKey o3vrnil0e2ic28trm7dfhrc2v0clambda4nbp0g1", "mid:<abc>", "a @ b", "user@localhost"])(
    "leaves %j alone (no address with a domain)",
    (text) => {
      expect(maskAddresses(text)).toBe(text);
    },
  );
});

describe("loggers", () => {
  type Write = (line: string) => boolean;
  it.each([
    ["jsonLogger", (write: Write) => jsonLogger({}, write)],
    ["consoleLogger", (write: Write) => consoleLogger(write)],
  ])("%s never writes a full address from an error message", (_name, make) => {
    // Prepare
    const lines: string[] = [];
    const log = make((line) => lines.push(line) > 0);

    // Act
    log.error("inbound failed", { error: SES_ERROR, nested: { to: "sam.rivera@gmail.com" } });

    // Assess
    const [line = ""] = lines;
    expect(line).not.toContain("sam.rivera@gmail.com");
    expect(line).not.toContain("jobnudge@inbox.rivera.dev");
    expect(line).toContain(maskAddress("sam.rivera@gmail.com"));
    expect(line).toContain("identities failed the check");
  });
});
