// Composition root of the inbound function (SES receipt rule -> processInbound): every port. At
// module init it also reads sample messages and loads the compiled templates (warm-up.ts), so the
// first real message of a cold container does not pay for the parser's, the extractors' and the
// templates' first use. Those load through import(): bundle.mjs's static graph holds neither the
// extractors nor the templates, only what every invocation evaluates.
import { awsDeps } from "./all-ports";
import { warmUpReading } from "./warm-up";

// Lambda runs a module's top-level await during INIT, before the first event.
await warmUpReading();

/** An inbound message may need every port: its raw mail, state, schedules, and the reply. */
export const inboundDeps = awsDeps;
