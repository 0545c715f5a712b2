// Lambda Function URL (AuthType NONE; the signed token is the capability) -> handleAction.
// Decodes the HTTP event, maps the page to a response with headers that keep the token private.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { handleAction } from "../app/actions";
import { awsDeps } from "../wiring/aws";

const MAX_FORM_BYTES = 16 * 1024;
const HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
};

function formOf(event: APIGatewayProxyEventV2): Record<string, string> | null {
  if (!event.body) return {};
  const body = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
  if (body.length > MAX_FORM_BYTES) return null;
  return Object.fromEntries(new URLSearchParams(body));
}

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  const method = event.requestContext?.http?.method ?? "GET";
  const form = method === "POST" ? formOf(event) : {};
  if (form === null) return { statusCode: 413, headers: HEADERS, body: "Too large; nothing was changed." };
  const page = await handleAction(awsDeps({ use: "actions" }, { requestDomain: event.requestContext?.domainName }), {
    method,
    path: event.rawPath ?? "/",
    form,
  });
  return { statusCode: page.status, headers: HEADERS, body: page.html };
}
