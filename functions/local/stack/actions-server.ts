// The local actions endpoint (127.0.0.1:8787): the same handler logic as the Function URL Lambda.
import { createServer, type IncomingMessage } from "node:http";
import { handleAction } from "../../app/actions";
import type { Deps } from "../../app/deps";

const MAX_FORM_BYTES = 16 * 1024;

export async function startActionsServer(options: {
  host: string;
  port: number;
  deps: Deps;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const server = createServer((req, res) => {
    readForm(req)
      .then((form) => {
        const url = new URL(req.url ?? "/", `http://${options.host}`);
        return handleAction(options.deps, { method: req.method ?? "GET", path: url.pathname, form });
      })
      .then((page) => {
        res.writeHead(page.status, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
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
  return {
    url: `http://${options.host}:${options.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  if (req.method !== "POST") return Promise.resolve({});
  return new Promise((resolve, reject) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      body += chunk;
      if (body.length > MAX_FORM_BYTES) {
        req.destroy();
        reject(new Error("form too large"));
      }
    });
    req.on("end", () => resolve(Object.fromEntries(new URLSearchParams(body))));
    req.on("error", reject);
  });
}
