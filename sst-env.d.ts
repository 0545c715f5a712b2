/* Hand-written. SST regenerates this file on `sst dev`/`sst deploy` (that needs AWS credentials, so it
   cannot be generated in CI: notes/sst-v4.md §3). Keep it in step with the links made in
   stacks/links.ts and stacks/functions.ts; functions/wiring/aws-config.ts is the only reader. */
import "sst";

declare module "sst" {
  export interface Resource {
    /** `sst secret set HmacKey ...`: one key, or "kid:key,kid:key" (first signs, all verify). */
    HmacKey: { type: "sst.sst.Secret"; value: string };
    StateTable: { type: "sst.sst.Linkable"; name: string };
    MailStore: { type: "sst.sst.Linkable"; bucket: string; prefix: string };
    Scheduling: { type: "sst.sst.Linkable"; groupName: string; roleArn: string; targetArn: string; dlqArn: string };
    Mailer: { type: "sst.sst.Linkable"; sender: string; inbox: string };
    Owner: {
      type: "sst.sst.Linkable";
      email: string;
      aliases: string[];
      name: string;
      timezone: string;
      workdayStart: string;
      digestDay: "sunday" | "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday";
      digestTime: string;
      ack: boolean;
      targetBase: number | null;
    };
    /** Linked to inbound, nudge and digest; not to actions itself (cycle). */
    ActionsUrl: { type: "sst.sst.Linkable"; url: string };
  }
}

export {};
