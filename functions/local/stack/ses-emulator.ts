// The SES emulator (npm aws-ses-v2-local): an SES API endpoint plus a web viewer of every email sent.
import type { Server } from "node:http";
import { SESClient } from "@aws-sdk/client-ses";
import * as sesLocal from "aws-ses-v2-local";

export interface RunningSes {
  endpoint: string;
  client: SESClient;
  stop(): Promise<void>;
}

export function localSesClient(endpoint: string): SESClient {
  return new SESClient({
    endpoint,
    region: "aws-ses-v2-local",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
}

/** The package is CommonJS with `exports.default`; ESM loaders differ on which one `default` is. */
function startSesServer(): typeof sesLocal.default {
  const mod = sesLocal as unknown as { default: typeof sesLocal.default | { default: typeof sesLocal.default } };
  return typeof mod.default === "function" ? mod.default : mod.default.default;
}

export async function startSesEmulator(options: { host: string; port: number }): Promise<RunningSes> {
  const server: Server = await startSesServer()({ host: options.host, port: options.port });
  if (!server.listening) {
    await new Promise<void>((resolve, reject) => {
      server.once("listening", () => resolve());
      server.once("error", reject);
    });
  }
  const endpoint = `http://${options.host}:${options.port}`;
  const client = localSesClient(endpoint);
  return {
    endpoint,
    client,
    stop: () =>
      new Promise<void>((resolve) => {
        client.destroy();
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
}

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
