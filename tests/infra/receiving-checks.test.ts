// What the deploy does about the account's active receipt rule set (stacks/receiving-checks.ts),
// against a mocked SES: one active set per region, and jobnudge must not switch off someone else's.
import {
  DescribeActiveReceiptRuleSetCommand,
  RuleSetDoesNotExistException,
  SESClient,
  SESServiceException,
} from "@aws-sdk/client-ses";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { DeployRefusal } from "../../stacks/deploy-checks";
import {
  checkReceiptRuleSet,
  deploySesClient,
  type ReceivingPlan,
  receivingRegionWarning,
} from "../../stacks/receiving-checks";

const sesMock = mockClient(SESClient);
afterEach(() => sesMock.reset());

const OWN = "jobnudge-prod-inbound";
const ownSet: ReceivingPlan = {
  region: "eu-west-1",
  inboxAddress: "jobs@hunt.example.com",
  ownRuleSetName: OWN,
  joinRuleSetName: null,
  activate: true,
};
const joining: ReceivingPlan = { ...ownSet, joinRuleSetName: "owner-forwarding", activate: false };

function activeIs(name: string | null) {
  sesMock
    .on(DescribeActiveReceiptRuleSetCommand)
    .resolves(name === null ? {} : { Metadata: { Name: name }, Rules: [] });
}

/** How the SES client surfaces an error response of the classic (query) API. */
function sesError(name: string, message: string, httpStatusCode: number) {
  return new SESServiceException({ name, message, $fault: "client", $metadata: { httpStatusCode } });
}

async function refusal(plan: ReceivingPlan): Promise<DeployRefusal> {
  const err = await checkReceiptRuleSet(new SESClient({ region: plan.region }), plan).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(DeployRefusal);
  return err as DeployRefusal;
}

describe("checkReceiptRuleSet", () => {
  it.each([
    ["no set is active (a first deploy in a quiet account)", null],
    ["our own set is active (a redeploy)", OWN],
  ])("lets the stage create and activate its set when %s", async (_what, active) => {
    // Prepare
    activeIs(active);

    // Act
    const check = await checkReceiptRuleSet(new SESClient({ region: "eu-west-1" }), ownSet);

    // Assess
    expect(check).toEqual({ activeRuleSetName: active, warnings: [] });
    expect(sesMock.commandCalls(DescribeActiveReceiptRuleSetCommand)).toHaveLength(1);
  });

  it("treats RuleSetDoesNotExist as no active set", async () => {
    sesMock
      .on(DescribeActiveReceiptRuleSetCommand)
      .rejects(new RuleSetDoesNotExistException({ message: "none", $metadata: {} }));

    expect(await checkReceiptRuleSet(new SESClient({}), ownSet)).toEqual({ activeRuleSetName: null, warnings: [] });
  });

  it("refuses to activate its set while another set receives the account's mail, and says how to join it", async () => {
    activeIs("owner-forwarding");

    const err = await refusal(ownSet);

    expect(err.message).toMatch(
      /SES in eu-west-1 already receives mail with the active receipt rule set "owner-forwarding"/,
    );
    expect(err.message).toMatch(/switch that mail off, so nothing was changed/);
    expect(err.message).toMatch(/^ {2}JOBNUDGE_RULE_SET=owner-forwarding$/m);
    expect(err.message).toMatch(/for jobs@hunt\.example\.com only/);
  });

  it("refuses a second stage taking over the first stage's receiving", async () => {
    activeIs("jobnudge-prod-inbound");

    const err = await refusal({ ...ownSet, ownRuleSetName: "jobnudge-dev-inbound" });

    expect(err.message).toMatch(/JOBNUDGE_RULE_SET=jobnudge-prod-inbound/);
  });

  it("joins the owner's active set without a word", async () => {
    activeIs("owner-forwarding");

    expect(await checkReceiptRuleSet(new SESClient({}), joining)).toEqual({
      activeRuleSetName: "owner-forwarding",
      warnings: [],
    });
  });

  it.each([
    ["no set is active", null, /none is active/],
    ["another set is active", "something-else", /"something-else" is/],
  ])("joins a set that is not active when %s, warning that the inbox stays quiet", async (_what, active, why) => {
    activeIs(active);

    const { warnings } = await checkReceiptRuleSet(new SESClient({}), joining);

    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/JOBNUDGE_RULE_SET="owner-forwarding" is not the active receipt rule set/);
    expect(warnings[0]).toMatch(why);
    expect(warnings[0]).toMatch(/never activates it: jobs@hunt\.example\.com receives nothing until it is/);
  });

  it.each([
    ["another set is active", "owner-forwarding", /"owner-forwarding" stays active/],
    ["no set is active", null, /JOBNUDGE_ACTIVATE_RULE_SET=false/],
  ])("creates its set without activating it (told not to) when %s, with a warning", async (_what, active, why) => {
    activeIs(active);

    const { warnings } = await checkReceiptRuleSet(new SESClient({}), { ...ownSet, activate: false });

    expect(warnings).toEqual([expect.stringMatching(why)]);
  });

  it("refuses a region where SES does not receive mail", async () => {
    sesMock.on(DescribeActiveReceiptRuleSetCommand).rejects(sesError("InvalidAction", "Unavailable Operation", 400));

    const err = await refusal({ ...ownSet, region: "us-west-1" });

    expect(err.message).toMatch(/SES does not receive email in us-west-1/);
    expect(err.message).toMatch(/JOBNUDGE_REGION=us-east-1/);
  });

  it("passes any other failure on with what it was doing", async () => {
    sesMock.on(DescribeActiveReceiptRuleSetCommand).rejects(sesError("AccessDenied", "not allowed", 403));

    await expect(checkReceiptRuleSet(new SESClient({}), ownSet)).rejects.toThrow(
      /could not read the active SES receipt rule set in eu-west-1: AccessDenied: not allowed/,
    );
  });
});

describe("deploySesClient", () => {
  it("uses the credentials and region the SST CLI resolved for the stage", async () => {
    const client = deploySesClient(
      { SST_AWS_ACCESS_KEY_ID: "AKIDEXAMPLE", SST_AWS_SECRET_ACCESS_KEY: "secret", SST_AWS_SESSION_TOKEN: "token" },
      "eu-west-1",
    );

    expect(await client.config.region()).toBe("eu-west-1");
    expect(await client.config.credentials()).toMatchObject({
      accessKeyId: "AKIDEXAMPLE",
      secretAccessKey: "secret",
      sessionToken: "token",
    });
  });
});

describe("receivingRegionWarning", () => {
  // The "Email receiving endpoints" table of https://docs.aws.amazon.com/general/latest/gr/ses.html.
  it.each([
    ["us-east-1"],
    ["us-east-2"],
    ["us-west-2"],
    ["ca-central-1"],
    ["eu-west-1"],
    ["eu-west-2"],
    ["eu-central-1"],
    ["ap-northeast-1"],
    ["ap-southeast-1"],
    ["ap-southeast-2"],
    ["ap-southeast-3"],
  ])("says nothing about %s", (region) => {
    expect(receivingRegionWarning(region)).toBeNull();
  });

  it.each([["us-west-1"], ["sa-east-1"], ["ap-south-2"]])("warns (without failing) about %s", (region) => {
    expect(receivingRegionWarning(region)).toMatch(
      new RegExp(`${region} is not in the SES email receiving table[\\s\\S]*inbound-smtp endpoint`),
    );
  });
});
