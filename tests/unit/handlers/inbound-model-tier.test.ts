// The inbound Lambda handler with the owner's model tier: off, Bedrock is never called; on
// (owner.modelTier bedrock), the unsure facts of a forward go to the configured model through the
// wiring's lazily loaded Bedrock adapter (aws-sdk-client-mock), and its answer reaches the ack.
import { readFile } from "node:fs/promises";
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ANSWER_NAME } from "../../../functions/domain/model-reading";
import type { OwnerSettings } from "../../../functions/domain/owner";
import { handler } from "../../../functions/handlers/inbound";
import { ownerSettings } from "../../fakes/owner";
import { type TestDeps, testDeps } from "../../fakes/use-case-deps";
import event from "../../fixtures/aws/ses-receipt-event.json";

let deps: TestDeps;
vi.mock("../../../functions/wiring/aws/inbound", () => ({ inboundDeps: () => deps }));

// A Finnish offer the rules cannot read (tests/unit/app/model-tier.test.ts).
const OWNER = "giulia.conti@example.org";
const FILE = new URL("../../fixtures/model-tier/finnish-offer-fwd.eml", import.meta.url);
const MODEL = "amazon.nova-lite-v1:0";
const record = event.Records[0] as (typeof event.Records)[number];
const fromOwner = { ...record, ses: { ...record.ses, mail: { ...record.ses.mail, source: OWNER } } };
const bedrock = mockClient(BedrockRuntimeClient);

async function deliver(settings: Partial<OwnerSettings>) {
  deps = testDeps(
    "2026-05-11T08:00:00.000Z",
    ownerSettings({ email: OWNER, name: "Giulia Conti", timezone: "Europe/Rome", ...settings }),
  );
  await deps.rawMail.put(record.ses.mail.messageId, new Uint8Array(await readFile(FILE)));
  return handler({ Records: [fromOwner] } as never, { awsRequestId: "req-1" });
}

beforeEach(() => {
  vi.stubEnv("AWS_REGION", "us-east-1");
});

afterEach(() => {
  bedrock.reset();
  vi.unstubAllEnvs();
});

describe("inbound handler and the model tier", () => {
  it("never calls Bedrock while the tier is off", async () => {
    const result = await deliver({});

    expect(result).toEqual({ processed: 1, failed: 0 });
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(0);
    expect(deps.sent.find((e) => e.kind === "ack")?.text).not.toContain("Read by the model");
  });

  it("asks the configured model when the owner turned it on, and the ack says what it read", async () => {
    bedrock.on(ConverseCommand).resolves({
      output: {
        message: {
          role: "assistant",
          content: [
            {
              toolUse: {
                toolUseId: "t1",
                name: ANSWER_NAME,
                input: {
                  kind: "offer",
                  employer: "Brunello Analitica",
                  role: "",
                  interviewAt: "",
                  respondBy: "2026-05-15T17:00:00+02:00",
                  expectDecisionBy: "",
                  contactEmail: "",
                  confidence: { kind: 0.99, employer: 0.99, respondBy: 0.99 },
                },
              },
            },
          ],
        },
      },
      stopReason: "tool_use",
      usage: { inputTokens: 900, outputTokens: 100, totalTokens: 1000 },
      metrics: { latencyMs: 700 },
    });

    const result = await deliver({ modelTier: "bedrock", modelId: MODEL });

    expect(result).toEqual({ processed: 1, failed: 0 });
    expect(bedrock.commandCalls(ConverseCommand).map((c) => c.args[0].input.modelId)).toEqual([MODEL]);
    expect(deps.sent.find((e) => e.kind === "ack")?.text).toContain(
      "Read by the model (the rules were unsure): what kind of mail it is, the employer, the answer deadline.",
    );
  });

  it("processes the message as without a model when Bedrock refuses", async () => {
    bedrock.on(ConverseCommand).rejects(Object.assign(new Error("not authorized"), { name: "AccessDeniedException" }));

    const result = await deliver({ modelTier: "bedrock", modelId: MODEL });

    expect(result).toEqual({ processed: 1, failed: 0 });
    expect(deps.sent.find((e) => e.kind === "ack")?.subject).toBe("Got it, but I could not tell what this is");
  });
});
