// The local actions endpoint over real HTTP on a free port: hostile requests get a 4xx, never a 5xx.
import { connect } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { handler as actionsHandler } from "../../../functions/handlers/actions";
import { startActionsServer } from "../../../functions/local/stack/actions-server";
import { PAGE_HEADERS } from "../../../templates/page-headers";
import { testDeps } from "../../fakes/use-case-deps";

let server: { url: string; stop(): Promise<void> };
const deps = testDeps("2026-03-02T15:15:00.000Z");

beforeEach(async () => {
  server = await startActionsServer({ host: "127.0.0.1", port: 0, deps });
});

afterEach(async () => {
  await server.stop();
});

/** Sends raw request text and returns the status line (fetch would refuse the odd targets). */
function rawStatus(request: string): Promise<string> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1", () => socket.end(request));
    let reply = "";
    socket.on("data", (chunk) => {
      reply += chunk.toString("latin1");
    });
    socket.on("close", () => resolve(reply.split("\r\n")[0] ?? ""));
    socket.on("error", reject);
  });
}

describe("local actions server", () => {
  it("sends the security headers the Lambda sends, from the same source", async () => {
    // Prepare: what the Function URL handler answers (a form too large is refused before any AWS call).
    const lambda = await actionsHandler({
      requestContext: { http: { method: "POST" } },
      rawPath: "/a/x",
      body: "x".repeat(64 * 1024),
    } as never);

    // Act
    const page = await fetch(`${server.url}/a/not-a-token`);
    const tooLarge = await fetch(`${server.url}/a/x`, { method: "POST", body: "x".repeat(64 * 1024) });

    // Assess
    for (const response of [page, tooLarge]) {
      for (const [name, value] of Object.entries(PAGE_HEADERS)) expect(response.headers.get(name), name).toBe(value);
    }
    expect(lambda.headers).toEqual(PAGE_HEADERS);
    expect(PAGE_HEADERS).toMatchObject({
      "content-security-policy": expect.stringContaining("frame-ancestors 'none'"),
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "no-referrer",
    });
  });

  it("answers a POST with an oversized form with 413", async () => {
    // Prepare
    const body = `name=${"x".repeat(64 * 1024)}`;

    // Act
    const response = await fetch(`${server.url}/a/anything`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body,
    });

    // Assess
    expect(response.status).toBe(413);
    expect(await response.text()).toContain("Nothing was changed");
  });

  it("answers a request target that is not a URL with 404", async () => {
    const status = await rawStatus("GET //[ HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");

    expect(status).toBe("HTTP/1.1 404 Not Found");
  });

  it("answers a malformed POST form on an unknown path with 404", async () => {
    const response = await fetch(`${server.url}/nothing`, { method: "POST", body: "%%%&&==&%zz" });

    expect(response.status).toBe(404);
  });
});
