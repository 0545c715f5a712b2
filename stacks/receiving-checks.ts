// Before anything is declared: does SES receive mail in the region, and would this deploy change
// which receipt rule set is active? An account has one active set per region, and activating ours
// silently switches off whatever mail the owner already receives there, so the deploy refuses and
// says how to join the existing set instead (JOBNUDGE_RULE_SET).
// The SES client is passed in (tests use aws-sdk-client-mock); no Pulumi, no SST globals.
import { DescribeActiveReceiptRuleSetCommand, RuleSetDoesNotExistException, SESClient } from "@aws-sdk/client-ses";
import { DeployRefusal } from "./deploy-checks";

/**
 * Regions with an SES inbound-smtp endpoint: the "Email receiving endpoints" table of
 * https://docs.aws.amazon.com/general/latest/gr/ses.html (11 regions; the list grew from the
 * original three in 2023). AWS adds regions over time, so a region missing here only warns;
 * checkReceiptRuleSet asks SES itself and refuses a region where receiving is unavailable.
 */
export const KNOWN_RECEIVING_REGIONS = [
  "us-east-1",
  "us-east-2",
  "us-west-2",
  "ca-central-1",
  "eu-west-1",
  "eu-west-2",
  "eu-central-1",
  "ap-northeast-1",
  "ap-southeast-1",
  "ap-southeast-2",
  "ap-southeast-3",
] as const;

/** A warning (not an error: the table grows) when the region is not known to receive mail. */
export function receivingRegionWarning(region: string): string | null {
  if ((KNOWN_RECEIVING_REGIONS as readonly string[]).includes(region)) return null;
  return (
    `jobnudge: ${region} is not in the SES email receiving table jobnudge knows (${KNOWN_RECEIVING_REGIONS.join(", ")}); ` +
    `check that it has an inbound-smtp endpoint (docs/deploy.md, 'Pick a region') or the receipt rule will fail.`
  );
}

export interface ReceivingPlan {
  region: string;
  inboxAddress: string;
  /** The set this stage creates (stacks/names.ts) when it does not join one. */
  ownRuleSetName: string;
  /** JOBNUDGE_RULE_SET: an existing set the rule joins (never activated by jobnudge), or null. */
  joinRuleSetName: string | null;
  /** Whether this stage makes its own set the active one. */
  activate: boolean;
}

export interface ReceivingCheck {
  /** Name of the set active before this deploy, or null when none is. */
  activeRuleSetName: string | null;
  /** Things that harm nothing but keep mail from arriving; print them. */
  warnings: string[];
}

/**
 * Reads the active receipt rule set (DescribeActiveReceiptRuleSet, read-only) and refuses the
 * deploy, with DeployRefusal, when it would activate our set while another one is active, or when
 * SES does not receive mail in the region at all.
 */
export async function checkReceiptRuleSet(ses: SESClient, plan: ReceivingPlan): Promise<ReceivingCheck> {
  const active = await activeRuleSetName(ses, plan.region);
  const warnings: string[] = [];
  const quietInbox = `${plan.inboxAddress} receives nothing until it is`;

  if (plan.joinRuleSetName !== null) {
    if (active !== plan.joinRuleSetName) {
      warnings.push(
        `jobnudge: JOBNUDGE_RULE_SET="${plan.joinRuleSetName}" is not the active receipt rule set in ${plan.region} ` +
          `(${active === null ? "none is active" : `"${active}" is`}); jobnudge adds its rule to it but never activates it: ${quietInbox}.`,
      );
    }
  } else if (active !== null && active !== plan.ownRuleSetName) {
    if (plan.activate) {
      throw new DeployRefusal([
        `jobnudge: SES in ${plan.region} already receives mail with the active receipt rule set "${active}".`,
        `Deploying would make jobnudge's set "${plan.ownRuleSetName}" the active one and switch that mail off, so nothing was changed.`,
        `To add jobnudge's rule (for ${plan.inboxAddress} only) to the existing set instead, put`,
        `  JOBNUDGE_RULE_SET=${active}`,
        `in .env.<stage> and deploy again (docs/deploy.md, 'Check what already receives mail').`,
      ]);
    }
    warnings.push(
      `jobnudge: the receipt rule set "${plan.ownRuleSetName}" is not activated (JOBNUDGE_ACTIVATE_RULE_SET=false; "${active}" stays active): ${quietInbox}.`,
    );
  } else if (!plan.activate && active !== plan.ownRuleSetName) {
    warnings.push(
      `jobnudge: the receipt rule set "${plan.ownRuleSetName}" is not activated (JOBNUDGE_ACTIVATE_RULE_SET=false): ${quietInbox}.`,
    );
  }
  return { activeRuleSetName: active, warnings };
}

async function activeRuleSetName(ses: SESClient, region: string): Promise<string | null> {
  try {
    const out = await ses.send(new DescribeActiveReceiptRuleSetCommand({}));
    return out.Metadata?.Name ?? null;
  } catch (err) {
    if (err instanceof RuleSetDoesNotExistException) return null;
    // Receiving APIs answer "InvalidAction: Unavailable Operation" outside receiving regions.
    if (err instanceof Error && (err.name === "InvalidAction" || /Unavailable Operation/i.test(err.message))) {
      throw new DeployRefusal([
        `jobnudge: SES does not receive email in ${region} (${err.name}: ${err.message}).`,
        `Deploy to a region with an inbound-smtp endpoint, e.g. JOBNUDGE_REGION=us-east-1 (docs/deploy.md, 'Pick a region').`,
      ]);
    }
    throw new Error(`jobnudge: could not read the active SES receipt rule set in ${region}: ${String(err)}`, {
      cause: err,
    });
  }
}

/**
 * The SES client the deploy checks with: the credentials and region the SST CLI resolved for this
 * stage (it passes them to the program as SST_AWS_*, as SST's own components use them), else the
 * SDK's default chain.
 */
export function deploySesClient(env: Record<string, string | undefined>, region: string): SESClient {
  const accessKeyId = env.SST_AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.SST_AWS_SECRET_ACCESS_KEY;
  return new SESClient({
    region,
    ...(accessKeyId && secretAccessKey
      ? { credentials: { accessKeyId, secretAccessKey, sessionToken: env.SST_AWS_SESSION_TOKEN || undefined } }
      : {}),
  });
}
