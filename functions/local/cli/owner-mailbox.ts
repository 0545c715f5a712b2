// The owner's side of the local stack: what jobnudge sent them, read from the SES emulator.
import { type EmulatorEmail, emulatorEmails } from "../stack/ses-store";

/** The newest email to `owner` sent at or after `sinceMs` (second precision, as the emulator keeps it). */
export async function latestOwnerEmail(viewer: string, owner: string, sinceMs = 0): Promise<EmulatorEmail | null> {
  const since = Math.floor(sinceMs / 1000);
  const emails = (await emulatorEmails(viewer)).filter(
    (e) => e.at >= since && e.destination.to.some((to) => to.toLowerCase().includes(owner.toLowerCase())),
  );
  return emails.at(-1) ?? null;
}
