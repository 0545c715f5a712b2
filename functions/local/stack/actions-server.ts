// The local actions endpoint (127.0.0.1:8787): the same handler logic as the Function URL Lambda.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { errorPage } from "../../../templates/pages";
import { type ActionPage, handleAction } from "../../app/actions";
import type { Deps } from "../../app/deps";

const MAX_FORM_BYTES = 16 * 1024;

const TOO_LARGE: ActionPage = {
  status: 413,
  html: errorPage("Too large", "The form sent is larger than any jobnudge page sends."),
};

export async function startActionsServer(options: {
  host: string;
  port: number;
  deps: Deps;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    readForm(req)
      .then((form) => {
        if (form === null) return TOO_LARGE;
        return handleAction(options.deps, { method: req.method ?? "GET", path: pathOf(req.url), form });
      })
      .then((page) => {
        const close = page === TOO_LARGE ? { connection: "close" } : {};
        res.writeHead(page.status, {
          "content-type": "text/html; charset=utf-8",
          "cache-control": "no-store",
          ...close,
        });
        res.end(page.html);
      })
      .catch((err: Error) => {
        options.deps.log.error("actions endpoint failed", { error: err.message });
        res.writeHead(500, { "content-type": "text/plain" });
        res.end("Something went wrong; nothing was changed.");
      });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host}:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The request path; a request target no URL parser accepts is no page ("/" is a 404). */
function pathOf(target: string | undefined): string {
  try {
    return new URL(target ?? "/", "http://localhost").pathname;
  } catch {
    return "/";
  }
}

/** The POST form, or null once it passes the limit (the rest is read and dropped, not kept). */
function readForm(req: IncomingMessage): Promise<Record<string, string> | null> {
  if (req.method !== "POST") return Promise.resolve({});
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    const onData = (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= MAX_FORM_BYTES) {
        chunks.push(chunk);
        return;
      }
      req.off("data", onData);
      req.resume();
      resolve(null);
    };
    req.on("data", onData);
    req.on("end", () => resolve(Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString("utf8")))));
    req.on("error", reject);
  });
}
