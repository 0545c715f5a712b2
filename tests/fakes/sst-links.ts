// A stage's SST links as `npx sst shell` or Lambda provide them (SST_RESOURCE_* variables), for
// tests that run the Lambdas' own AWS wiring. Returns a function that removes them again.
import type { OwnerSettings } from "../../functions/domain/owner";

export interface StageLinks {
  stage: string;
  table: string;
  bucket: string;
  prefix?: string;
  /** The schedule group; the scheduler role, nudge target and DLQ are named after the stage. */
  groupName: string;
  nudgeFunction?: string;
  owner: OwnerSettings;
  hmacKey?: string;
  actionsUrl?: string;
}

export function linkStage(links: StageLinks): () => void {
  const account = "arn:aws:%s:us-east-1:123456789012";
  const arn = (service: string) => account.replace("%s", service);
  const values: Record<string, unknown> = {
    App: { name: "jobnudge", stage: links.stage },
    StateTable: { name: links.table },
    MailStore: { bucket: links.bucket, prefix: links.prefix ?? "inbound/" },
    Scheduling: {
      groupName: links.groupName,
      roleArn: `arn:aws:iam::123456789012:role/jobnudge-${links.stage}-scheduler`,
      targetArn: `${arn("lambda")}:function:${links.nudgeFunction ?? `jobnudge-${links.stage}-nudge`}`,
      dlqArn: `${arn("sqs")}:jobnudge-${links.stage}-scheduler-dlq`,
    },
    Mailer: { sender: "jobnudge@inbox.example.org", inbox: "jobs@inbox.example.org" },
    Owner: links.owner,
    HmacKey: { value: links.hmacKey ?? "k1:0123456789abcdef0123456789abcdef0123456789" },
    ActionsUrl: { url: links.actionsUrl ?? "https://abc123.lambda-url.us-east-1.on.aws/" },
  };
  for (const [name, value] of Object.entries(values)) process.env[`SST_RESOURCE_${name}`] = JSON.stringify(value);
  return () => {
    for (const name of Object.keys(values)) delete process.env[`SST_RESOURCE_${name}`];
  };
}
