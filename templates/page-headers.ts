// The HTTP response headers of every actions page, one source for the Lambda Function URL
// (functions/handlers/actions.ts) and the local actions endpoint (functions/local/stack/
// actions-server.ts). The pages (pages.ts) need only inline styles and a form posting back to
// themselves; the URL holds the token, so it must never leave as a referrer, sit in a cache or be
// framed by another site.
export const PAGE_HEADERS = {
  "content-type": "text/html; charset=utf-8",
  "cache-control": "no-store",
  "referrer-policy": "no-referrer",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "content-security-policy":
    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
} as const;
