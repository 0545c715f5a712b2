// The faults the chaos matrix injects at one AWS call, and the errors each one surfaces as.
// A crash is a process death: once an invocation has crashed, every later call of that invocation
// fails without reaching "AWS" (nothing after a crash runs against the world, not even a release
// in a catch block).

export const FAULTS = [
  "throttling",
  "server-error",
  "crash-before",
  "response-lost",
  "applied-then-crash",
  "conditional-conflict",
  "scheduler-conflict",
  "not-found",
] as const;

export type Fault = (typeof FAULTS)[number];

/** What one AWS call is, for deciding which faults apply to it. */
export interface CallInfo {
  service: "s3" | "dynamodb" | "scheduler" | "ses";
  operation: string;
  /** A DynamoDB write with a ConditionExpression (or a transaction with one). */
  conditional: boolean;
}

export function faultApplies(fault: Fault, call: CallInfo): boolean {
  switch (fault) {
    case "conditional-conflict":
      return call.conditional;
    case "scheduler-conflict":
      return call.service === "scheduler" && call.operation === "CreateSchedule";
    case "not-found":
      return call.service === "scheduler" && /^(Update|Delete|Get)Schedule$/.test(call.operation);
    default:
      return true;
  }
}

/** The process running the handler died (Lambda: timeout, out of memory, runtime exit). */
export class CrashError extends Error {
  override name = "CrashError";
}

export function awsError(name: string, status: number, message = name): Error {
  return Object.assign(new Error(message), {
    name,
    $fault: status >= 500 ? "server" : "client",
    $metadata: { httpStatusCode: status, attempts: 3 },
  });
}

export const THROTTLED: Record<CallInfo["service"], string> = {
  s3: "SlowDown",
  dynamodb: "ThrottlingException",
  scheduler: "ThrottlingException",
  ses: "Throttling",
};
