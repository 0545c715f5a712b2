// Placeholder until the owner-controls use case lands: not a command, treat as mail.
import type { Deps } from "./deps";

export async function handleCommand(_deps: Deps, _subject: string, _context: { messageKey: string }): Promise<boolean> {
  return false;
}
