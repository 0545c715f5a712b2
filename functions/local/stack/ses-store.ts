// Reading the SES emulator's store over HTTP (its GET /store API): what jobnudge sent the owner.
// Kept apart from ses-emulator.ts so CLI commands that only read do not load the emulator itself.

/** Emails the emulator has received (its GET /store API). */
export interface EmulatorEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
  attachments: { content: string; contentType: string; filename: string; size: number }[];
  at: number;
}

export async function emulatorEmails(endpoint: string): Promise<EmulatorEmail[]> {
  const res = await fetch(`${endpoint}/store`);
  if (!res.ok) throw new Error(`SES emulator store: HTTP ${res.status}`);
  return ((await res.json()) as { emails: EmulatorEmail[] }).emails;
}
