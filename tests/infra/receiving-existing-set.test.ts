// An account that already has an active receipt rule set (another app on the same account):
// JOBNUDGE_RULE_SET adds our rule to it, nothing changes which set is active, and the owner's own
// rules never act on the inbox's mail.
import { beforeAll, describe, expect, it } from "vitest";
import { type Harness, installMocks, settle } from "./harness";

let h: Harness;

beforeAll(async () => {
  h = await installMocks();
  const { createReceiving } = await import("../../stacks/receiving");
  const { createSesIdentities } = await import("../../stacks/email");
  const policy = new aws.s3.BucketPolicy("Existing", { bucket: "b", policy: "{}" });
  createReceiving({
    account: { accountId: "123456789012", region: "eu-west-1" },
    ruleSetName: "owner-existing-set",
    createRuleSet: false,
    activate: false,
    ruleName: "jobnudge-prod-inbox",
    inboxAddress: "jobs@hunt.example.com",
    bucketName: "b",
    prefix: "inbound/",
    bucketPolicy: policy,
    inboundFunctionName: "fn",
    inboundFunctionArn: "arn:aws:lambda:eu-west-1:123456789012:function:fn",
  });
  createSesIdentities({
    account: { accountId: "123456789012", region: "eu-west-1" },
    mailDomain: "hunt.example.com",
    ownerEmail: "sam.rivera@gmail.com",
    createDomainIdentity: false,
    verifyOwnerAddress: false,
    route53ZoneId: null,
  });
  await settle();
});

describe("joining an existing receipt rule set", () => {
  it("puts the rule in that set without creating or activating a set", () => {
    expect(h.one("aws:ses/receiptRule:ReceiptRule").inputs.ruleSetName).toBe("owner-existing-set");
    expect(h.ofType("aws:ses/receiptRuleSet:ReceiptRuleSet")).toHaveLength(0);
    expect(h.ofType("aws:ses/activeReceiptRuleSet:ActiveReceiptRuleSet")).toHaveLength(0);
  });

  it("ends the rule with a Stop action, so the owner's later rules do not also act on job mail", () => {
    const rule = h.one("aws:ses/receiptRule:ReceiptRule").inputs;
    const actions = Object.entries(rule)
      .filter(([key]) => key.endsWith("Actions"))
      .flatMap(([key, list]) => (list as { position: number }[]).map((a) => ({ kind: key, ...a })));
    const last = actions.reduce((a, b) => (b.position > a.position ? b : a));

    expect(actions.map((a) => a.position).sort()).toEqual([1, 2, 3]);
    expect(last).toEqual({ kind: "stopActions", position: 3, scope: "RuleSet" });
  });

  it("scopes the SES invoke permission to the rule in that set", () => {
    expect(h.one("aws:lambda/permission:Permission").inputs.sourceArn).toBe(
      "arn:aws:ses:eu-west-1:123456789012:receipt-rule-set/owner-existing-set:receipt-rule/jobnudge-prod-inbox",
    );
  });

  it("creates no SES identity or DNS record when told the identities exist", () => {
    expect(h.ofType("aws:sesv2/emailIdentity:EmailIdentity")).toHaveLength(0);
    expect(h.ofType("aws:route53/record:Record")).toHaveLength(0);
  });
});
