// What the functions read at run time, as SST links (values only: every function's IAM is explicit,
// see stacks/policies.ts, because linking sst components would grant `dynamodb:*`, `s3:*`...).
// functions/wiring/aws-config.ts is the one reader; sst-env.d.ts declares these shapes.
import type { OwnerSettings } from "../functions/domain/owner";
import type { In } from "./iam";

export interface LinkInputs {
  tableName: In<string>;
  bucketName: In<string>;
  mailPrefix: string;
  scheduleGroup: In<string>;
  schedulerRoleArn: In<string>;
  nudgeTargetArn: In<string>;
  schedulerDlqArn: In<string>;
  senderAddress: string;
  inboxAddress: string;
  owner: OwnerSettings;
}

export function createLinks(i: LinkInputs) {
  return {
    // `sst secret set HmacKey <value> --stage <stage>`; the deploy fails with that hint when unset.
    hmacKey: new sst.Secret("HmacKey"),
    stateTable: new sst.Linkable("StateTable", { properties: { name: i.tableName } }),
    mailStore: new sst.Linkable("MailStore", { properties: { bucket: i.bucketName, prefix: i.mailPrefix } }),
    scheduling: new sst.Linkable("Scheduling", {
      properties: {
        groupName: i.scheduleGroup,
        roleArn: i.schedulerRoleArn,
        targetArn: i.nudgeTargetArn,
        dlqArn: i.schedulerDlqArn,
      },
    }),
    mailer: new sst.Linkable("Mailer", { properties: { sender: i.senderAddress, inbox: i.inboxAddress } }),
    owner: new sst.Linkable("Owner", { properties: { ...i.owner } }),
  };
}

export type Links = ReturnType<typeof createLinks>;
