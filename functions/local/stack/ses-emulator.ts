// The SES emulator (npm aws-ses-v2-local): an SES API endpoint plus a web viewer of every email sent.
import type { Server } from "node:http";
import { SESClient } from "@aws-sdk/client-ses";
import * as sesLocal from "aws-ses-v2-local";
import { describePortHolder, LocalStackError } from "./ports";

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
  // Express 5 resolves the emulator's start on a listen error too (the error goes to the callback
  // it ignores): a server that is not listening by now never will be.
  if (!server.listening) {
    server.close();
    throw new LocalStackError(
      `the SES emulator could not listen on ${options.host}:${options.port}: in use by ${describePortHolder(options.port)}`,
    );
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

export { type EmulatorEmail, emulatorEmails } from "./ses-store";
