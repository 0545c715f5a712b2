// Composition root of the inbound function (SES receipt rule -> processInbound): every port. At
// module init it also reads sample messages (warm-up.ts), so the first real message of a cold
// container does not pay for the parser's and the extractors' first use.
import "./templates";
import { awsDeps } from "./all-ports";
import { warmUpReading } from "./warm-up";

// Lambda runs a module's top-level await during INIT, before the first event.
await warmUpReading();

/** An inbound message may need every port: its raw mail, state, schedules, and the reply. */
export const inboundDeps = awsDeps;
