// Lambda Function URL (AuthType NONE; the signed token is the capability) -> handleAction.
// Decodes the HTTP event, maps the page to a response with headers that keep the token private.
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from "aws-lambda";
import { PAGE_HEADERS } from "../../templates/page-headers";
import { handleAction } from "../app/actions";
import { actionsDeps } from "../wiring/aws/actions";

const MAX_FORM_BYTES = 16 * 1024;
const HEADERS = { ...PAGE_HEADERS };

function formOf(event: APIGatewayProxyEventV2): Record<string, string> | null {
  if (!event.body) return {};
  const body = event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
  if (body.length > MAX_FORM_BYTES) return null;
  return Object.fromEntries(new URLSearchParams(body));
}

export async function handler(
  event: APIGatewayProxyEventV2,
  context?: Pick<Context, "awsRequestId">,
): Promise<APIGatewayProxyStructuredResultV2> {
  const method = event.requestContext?.http?.method ?? "GET";
  const form = method === "POST" ? formOf(event) : {};
  if (form === null) return { statusCode: 413, headers: HEADERS, body: "Too large; nothing was changed." };
  const deps = actionsDeps(
    { use: "actions" },
    { requestDomain: event.requestContext?.domainName, invocationId: context?.awsRequestId },
  );
  const page = await handleAction(deps, {
    method,
    path: event.rawPath ?? "/",
    form,
  });
  return { statusCode: page.status, headers: HEADERS, body: page.html };
}
