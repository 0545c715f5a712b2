// The four Lambda functions. Handlers live in functions/handlers/ (thin: decode, call a use case).
// Function construction needs the SST build server, so this module is type-checked but not run
// under the Pulumi mocks; everything it wires (permissions, names) is built and tested elsewhere.
import { FUNCTION_NODEJS } from "./function-build";
import type { In } from "./iam";
import type { Links } from "./links";
import type { FunctionPermissions } from "./policies";

export interface FunctionInputs {
  nudgeFunctionName: string;
  links: Links;
  permissions: FunctionPermissions;
  failedEventsQueueArn: In<string>;
}

const base = {
  runtime: "nodejs22.x",
  architecture: "arm64",
  logging: { retention: "1 month", format: "json" },
  // Code splitting (function-build.ts): what is reached only through import() (the SDK's credential
  // providers other than the environment's, which Lambda uses; the S3 client of actions; in
  // inbound, the mail decoder, the extractors and the templates, which its warm-up loads at INIT)
  // goes into chunks beside bundle.mjs that load on use.
  nodejs: FUNCTION_NODEJS,
} as const;

/** Async invocations (SES, Scheduler): 2 retries over up to 6 h, then the record goes to the failed-events queue. */
function asyncFailures(queueArn: In<string>) {
  return {
    retries: 2,
    transform: {
      eventInvokeConfig: {
        maximumEventAgeInSeconds: 6 * 3600,
        destinationConfig: { onFailure: { destination: queueArn } },
      },
    },
  };
}

export function createFunctions(i: FunctionInputs) {
  const { hmacKey, stateTable, mailStore, scheduling, mailer, owner } = i.links;
  const shared = [hmacKey, stateTable, mailStore, scheduling, mailer, owner];

  // Function URL, no IAM auth: links in emails cannot sign requests; the HMAC is checked in code.
  // Its own URL cannot be linked into it (a cycle): functions/wiring/aws-config.ts takes it from
  // the request's domain there (loadAwsConfig({ requestDomain })).
  const actions = new sst.aws.Function("Actions", {
    ...base,
    handler: "functions/handlers/actions.handler",
    description: "jobnudge: signed one-click actions (GET confirms, POST applies)",
    memory: "512 MB",
    timeout: "15 seconds",
    url: { authorization: "none", cors: false },
    link: shared,
    permissions: i.permissions.actions,
  });
  const actionsUrl = new sst.Linkable("ActionsUrl", { properties: { url: actions.url } });
  const withUrl = [...shared, actionsUrl];

  const inbound = new sst.aws.Function("Inbound", {
    ...base,
    ...asyncFailures(i.failedEventsQueueArn),
    handler: "functions/handlers/inbound.handler",
    description: "jobnudge: SES receipt rule -> parse forwarded mail, update state, reconcile nudges",
    // MIME parsing of forwards with attachments: memory is also CPU on Lambda.
    memory: "1024 MB",
    timeout: "1 minute",
    link: withUrl,
    permissions: i.permissions.inbound,
  });

  // Fixed name: its ARN is known before it exists (scheduler role and the Scheduling link use it).
  const nudge = new sst.aws.Function("Nudge", {
    ...base,
    ...asyncFailures(i.failedEventsQueueArn),
    name: i.nudgeFunctionName,
    handler: "functions/handlers/nudge.handler",
    description: "jobnudge: EventBridge Scheduler -> send a due nudge with drafts",
    memory: "512 MB",
    timeout: "30 seconds",
    link: withUrl,
    permissions: i.permissions.nudge,
  });

  const digest = new sst.aws.Function("Digest", {
    ...base,
    ...asyncFailures(i.failedEventsQueueArn),
    handler: "functions/handlers/digest.handler",
    description: "jobnudge: weekly digest and the daily repair of the schedule book",
    memory: "512 MB",
    timeout: "1 minute",
    link: withUrl,
    permissions: i.permissions.digest,
  });

  return { actions, inbound, nudge, digest };
}
