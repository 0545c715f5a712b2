// Physical names that must be fixed (not generated): ones that appear in ARNs other resources or
// policies are written against before the resource exists, or that an operator types. All of them
// derive from the stage so two stages never collide.
// Pure: no Pulumi, no SST globals.

export interface ResourceNames {
  /** SES receipt rule set created by this stage (when it does not join an existing one). */
  ruleSetName: string;
  /** The receipt rule for the inbox address. */
  ruleName: string;
  /** EventBridge Scheduler group holding the one-time nudge schedules. */
  scheduleGroup: string;
  /** The nudge function: fixed so its ARN is known before it exists (scheduler role, links; no cycle). */
  nudgeFunction: string;
  /** The weekly digest schedule (in the default group, so nudge reconciling never touches it). */
  digestSchedule: string;
  /** The daily repair of the schedule book (default group, like the digest). */
  repairSchedule: string;
  /** S3 key prefix SES writes raw mail under; the SES Lambda event gives only the message id. */
  mailPrefix: string;
}

const STAGE = /^[a-z0-9][a-z0-9-]{0,29}$/;

export function resourceNames(app: string, stage: string): ResourceNames {
  if (!STAGE.test(stage)) {
    throw new Error(
      `jobnudge: stage "${stage}" must be 1-30 characters of a-z, 0-9 and '-' (it becomes part of function, rule set and schedule names)`,
    );
  }
  const base = `${app}-${stage}`;
  return {
    ruleSetName: `${base}-inbound`,
    ruleName: `${base}-inbox`,
    scheduleGroup: `${base}-nudges`,
    nudgeFunction: `${base}-nudge`,
    digestSchedule: `${base}-digest`,
    repairSchedule: `${base}-repair`,
    mailPrefix: "inbound/",
  };
}
