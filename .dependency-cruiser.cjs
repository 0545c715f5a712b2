// Dependency rules (STYLE.md rule 13), checked by `npm run deps` as part of `npm test`.
// The layers (README "Layout"): domain (pure) <- app (use cases + their ports) <- adapters, mail,
// templates; handlers, local and wiring (the composition roots) may use everything.
// Type-only imports count: a domain file may not even name an adapter's type.

/** Paths a layer may import, as regular expressions over resolved paths. */
const DOMAIN = "^functions/domain/";
const PURE_LIBRARIES = "^node_modules/(chrono-node|zod)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "no-circular",
      comment: "A module may not depend on itself through others: split the shared part out instead.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "domain-is-pure",
      comment:
        "The domain imports only the domain and pure libraries (chrono-node, zod): no node built-ins, no AWS, " +
        "no app/, adapters/, mail/ or templates/. A type the domain needs is defined in the domain.",
      severity: "error",
      from: { path: DOMAIN },
      to: { pathNot: [DOMAIN, PURE_LIBRARIES] },
    },
    {
      name: "app-uses-ports-not-adapters",
      comment:
        "Use cases see the outside world only through their ports (app/ports.ts): never an adapter, " +
        "a composition root, a handler or the local stack.",
      severity: "error",
      from: { path: "^functions/app/" },
      to: { path: "^functions/(adapters|wiring|handlers|local)/" },
    },
    {
      name: "app-holds-no-io",
      comment:
        "Use cases import the domain, each other, the mail layer (read-message.ts only), the renderer " +
        "(templates/) and node:crypto for processing keys: no SDK, no I/O module.",
      severity: "error",
      from: { path: "^functions/app/" },
      to: { pathNot: ["^functions/(app|domain|mail)/", "^templates/", "^(node:)?crypto$"] },
    },
    {
      name: "only-read-message-decodes-mail",
      comment: "app/read-message.ts is the one use case that talks to the mail layer (the MIME parser).",
      severity: "error",
      from: { path: "^functions/app/", pathNot: "^functions/app/read-message\\.ts$" },
      to: { path: "^functions/mail/" },
    },
    {
      name: "mail-decodes-only",
      comment:
        "mail/ turns bytes into decoded facts (domain/mail-facts.ts); extraction runs in the use case. It " +
        "imports the domain's types and helpers, the decoders (postal-mime for MIME, ical.js for calendar " +
        "parts, entities for HTML entities) and node:zlib (PDF text), nothing else.",
      severity: "error",
      from: { path: "^functions/mail/" },
      to: {
        pathNot: ["^functions/mail/", DOMAIN, "^node_modules/(postal-mime|ical\\.js|entities)/", "^(node:)?zlib$"],
      },
    },
    {
      name: "mailbox-reads-only",
      comment:
        "mailbox/ splits past mail (mbox, Maildir, .eml folders) into raw messages and filters on headers: " +
        "it reads files and uses the mail layer and the domain's data, never a use case, adapter or SDK.",
      severity: "error",
      from: { path: "^functions/mailbox/" },
      to: { path: ["^functions/(app|adapters|wiring|handlers|local)/", "^node_modules/@aws-sdk/"] },
    },
    {
      name: "mail-does-not-extract",
      severity: "error",
      from: { path: "^functions/mail/" },
      to: { path: "^functions/domain/(extraction|extract/extract)\\.ts$" },
    },
    {
      name: "adapters-implement-ports",
      comment: "Adapters implement app/ports.ts; they never call a use case or a composition root.",
      severity: "error",
      from: { path: "^functions/adapters/" },
      to: { path: "^functions/(app|wiring|handlers|local|mail)/", pathNot: "^functions/app/ports\\.ts$" },
    },
    {
      name: "templates-render-only",
      comment: "templates/ renders views the domain composed; it knows no use case, adapter or entry point.",
      severity: "error",
      from: { path: "^templates/" },
      to: { path: "^functions/", pathNot: DOMAIN },
    },
    {
      name: "only-entry-points-wire",
      comment: "The composition roots (functions/wiring/) are used by the handlers and the local stack only.",
      severity: "error",
      from: { path: "^functions/", pathNot: "^functions/(handlers|local|wiring)/" },
      to: { path: "^functions/wiring/" },
    },
    {
      name: "handlers-are-entry-points",
      comment: "Nothing imports a Lambda handler: it is where an event comes in.",
      severity: "error",
      from: { path: "^functions/", pathNot: "^functions/handlers/" },
      to: { path: "^functions/handlers/" },
    },
    {
      name: "infra-imports-only-the-owner-schema",
      comment: "stacks/ and sst.config.ts share one thing with the product: the owner settings (schema and type).",
      severity: "error",
      from: { path: "^(stacks/|sst\\.config\\.ts$)" },
      to: { path: "^functions/", pathNot: "^functions/domain/owner[^/]*\\.ts$" },
    },
    {
      name: "production-never-imports-tests",
      severity: "error",
      from: { path: "^(functions|templates|stacks|scripts|bench)/" },
      to: { path: "^tests/" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "^\\.sst/" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      extensions: [".ts", ".mjs", ".js", ".json", ".d.ts"],
      // Package "exports" with subpath patterns (chrono-node/en) resolve as Node resolves an ESM import.
      exportsFields: ["exports"],
      conditionNames: ["import", "node", "default"],
    },
    // A worktree may share one install through a symlinked node_modules: keep its paths under node_modules/.
    preserveSymlinks: true,
  },
};
