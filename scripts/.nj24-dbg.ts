import { readFileSync } from "node:fs";
import { readEmail } from "../functions/app/read-message";
const [path, owner] = process.argv.slice(2);
const email = await readEmail(new Uint8Array(readFileSync(path)), { ownerAddresses: [(owner ?? "x@y.z").toLowerCase()], timezone: "America/New_York" });
const e = email.extraction as Record<string, unknown>;
console.log(JSON.stringify({ kind: e.kind, employer: e.employer, role: e.role, contact: e.contactEmail, at: e.interviewAt, conf: e.confidence }));
console.log(JSON.stringify((email.evidence as Record<string, unknown>).kind));
