// The optional model tier in the inbound use case (functions/app/model-tier.ts): off, nothing is
// sent and nothing changes; on, the facts the rules were unsure of go to the model with the text of
// that one message, its answer fills or confirms them and the ack says so; a failure or a timeout
// leaves the owner asked, as without a model.
import { readFile } from "node:fs/promises";
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { processInbound } from "../../../functions/app/inbound";
import { FactReaderTimeout, readUnsureFactsWithModel } from "../../../functions/app/model-tier";
import type { FactReader, FactReading, Logger } from "../../../functions/app/ports";
import { readEmail } from "../../../functions/app/read-message";
import type { FactReadingRequest } from "../../../functions/domain/model-reading";
import type { OwnerSettings } from "../../../functions/domain/owner";
import { factReaderFor } from "../../../functions/wiring/model";
import { ownerSettings } from "../../fakes/owner";
import { testDeps } from "../../fakes/use-case-deps";
import { FINNISH_OFFER_ANSWER, FINNISH_OFFER_FILE, FINNISH_OFFER_OWNER } from "../../fixtures/model-tier/finnish-offer";

// A Finnish offer, forwarded: the rules do not read Finnish, so they call it "other" and are
// unsure even of that. Everything a model could fill in is written in it.
const FILE = FINNISH_OFFER_FILE;
const OWNER = FINNISH_OFFER_OWNER;
const NOW = "2026-05-11T08:00:00.000Z";
const LABEL = FINNISH_OFFER_ANSWER;

const owner = (settings: Partial<OwnerSettings> = {}) =>
  ownerSettings({ email: OWNER, name: "Giulia Conti", timezone: "Europe/Rome", ...settings });

/** A reader that records what it was sent and answers with `answer` (or runs `respond`). */
function fakeReader(respond: (request: FactReadingRequest, signal: AbortSignal) => Promise<FactReading | null>) {
  const requests: FactReadingRequest[] = [];
  const reader: FactReader = {
    name: "fake",
    read: (request, signal) => {
      requests.push(request);
      return respond(request, signal);
    },
  };
  return { reader, requests };
}
const answering = (answer: unknown) => fakeReader(async () => ({ answer, inputTokens: 1000, outputTokens: 90 }));

async function deliver(factReader: FactReader | undefined, envelopeFrom = OWNER, settings = owner()) {
  const deps = { ...testDeps(NOW, settings), ...(factReader ? { factReader } : {}) };
  await deps.rawMail.put("raw-1", new Uint8Array(await readFile(FILE)));
  const outcome = await processInbound(deps, { rawKey: "raw-1", envelopeFrom, verdicts: null });
  const [employer] = await deps.state.listEmployers();
  return { outcome, employer, sent: deps.sent, deps };
}

const ackOf = (sent: { kind: string; text: string }[]) => sent.find((e) => e.kind === "ack")?.text ?? "";

const bedrock = mockClient(BedrockRuntimeClient);
afterEach(() => {
  bedrock.reset();
});

describe("the model tier, off (the default)", () => {
  it("sends nothing, through either adapter, and changes nothing", async () => {
    // Prepare
    const fetchImpl = vi.fn<typeof fetch>();
    const off = factReaderFor(owner(), { fetchImpl, bedrockClient: new BedrockRuntimeClient({ region: "us-east-1" }) });

    // Act
    const withOff = await deliver(off);
    const without = await deliver(undefined);

    // Assess
    expect(owner().modelTier).toBe("off");
    expect(off.name).toBe("off");
    expect(fetchImpl).not.toHaveBeenCalled();
    expect(bedrock.commandCalls(ConverseCommand)).toHaveLength(0);
    expect(withOff.sent).toEqual(without.sent);
    expect({ ...withOff.employer, version: 0 }).toEqual({ ...without.employer, version: 0 });
    // Without a model the rules could not tell what it is: no employer, the ack says so.
    expect(without.employer).toBeUndefined();
    expect(without.sent.find((e) => e.kind === "ack")?.subject).toBe("Got it, but I could not tell what this is");
    expect(ackOf(without.sent)).not.toContain("Read by the model");
  });
});

describe("the model tier, on", () => {
  it("fills in what the rules could not read: the facts are acted on and the ack says who read them", async () => {
    const { reader, requests } = answering(LABEL);

    const { outcome, employer, sent } = await deliver(reader);

    expect(outcome).toBe("applied");
    expect(requests).toHaveLength(1);
    expect(employer).toMatchObject({
      name: "Brunello Analitica",
      stage: "offer",
      role: LABEL.role,
      respondBy: LABEL.respondBy,
      contactEmail: LABEL.contactEmail,
    });
    expect(employer?.unsure ?? []).toEqual([]);
    const ack = ackOf(sent);
    expect(ack).toContain(
      "Read by the model (the rules were unsure): what kind of mail it is, the employer, the role, the answer deadline, the contact.",
    );
    expect(ack).not.toContain("Please check");
  });

  it("sends the text of that one message only, bounded, without the owner's address", async () => {
    const { reader, requests } = answering(LABEL);

    await deliver(reader);

    const [request] = requests;
    expect(request?.text).toContain("Brunello Analitica");
    expect(request?.text).toContain("From: Marco Ferri <marco.ferri@brunelloanalitica.it>");
    expect(request?.text).not.toContain(OWNER);
    expect(new TextEncoder().encode(request?.text).length).toBeLessThanOrEqual(12 * 1024);
    expect(Object.keys(request ?? {}).sort()).toEqual(["answerSchema", "instructions", "text"]);
  });

  it("still asks about a fact the model is not sure enough of, showing the value", async () => {
    const { reader } = answering({ ...LABEL, confidence: { ...LABEL.confidence, respondBy: 0.8 } });

    const { employer, sent } = await deliver(reader);

    expect(employer?.unsure?.map((f) => f.field)).toEqual(["respondBy"]);
    expect(ackOf(sent)).toContain("Please check");
  });

  it("never takes an employer the mail does not name", async () => {
    const { reader } = answering({ ...LABEL, employer: "Globex" });

    const { employer, sent } = await deliver(reader);

    expect(employer).toBeUndefined();
    expect(ackOf(sent)).not.toContain("Globex");
    expect(ackOf(sent)).toContain("I could not tell which employer this is about");
  });

  it.each([
    ["fails", fakeReader(async () => Promise.reject(new Error("ThrottlingException")))],
    ["answers with something that is not an answer", answering("I think it is an offer")],
    ["answers with nothing valid", answering({ kind: "job offer", employer: 42 })],
  ])("asks the owner, as without a model, when the model %s", async (_what, { reader }) => {
    const without = await deliver(undefined);

    const withModel = await deliver(reader);

    expect(withModel.outcome).toBe("applied");
    expect(withModel.sent).toEqual(without.sent);
    expect({ ...withModel.employer, version: 0 }).toEqual({ ...without.employer, version: 0 });
  });

  it("never sends a stranger's mail to the model", async () => {
    const { reader, requests } = answering(LABEL);

    const { outcome } = await deliver(reader, "someone@elsewhere.example");

    expect(outcome).toBe("rejected_sender");
    expect(requests).toEqual([]);
  });
});

describe("readUnsureFactsWithModel", () => {
  const warnings: string[] = [];
  const log: Logger = { info: () => {}, warn: (m) => warnings.push(m), error: () => {} };

  it("gives up after its timeout, aborts the request and keeps the rules' reading", async () => {
    let aborted: unknown = null;
    const { reader } = fakeReader(
      (_request, signal) =>
        new Promise((_resolve, reject) =>
          signal.addEventListener("abort", () => {
            aborted = signal.reason;
            reject(signal.reason);
          }),
        ),
    );
    const email = await readEmail(new Uint8Array(await readFile(FILE)), {
      ownerAddresses: [OWNER],
      inboxAddress: "jobs@inbox.localhost",
      senderAddress: "jobnudge@inbox.localhost",
      timezone: "Europe/Zurich",
    });

    const started = Date.now();
    const merged = await readUnsureFactsWithModel({ factReader: reader, log }, email, {}, 50);

    expect(Date.now() - started).toBeLessThan(5_000);
    expect(aborted).toBeInstanceOf(FactReaderTimeout);
    expect(merged).toEqual({ extraction: email.extraction, readByModel: [], unused: [] });
    expect(warnings).toEqual(["model tier failed: the owner is asked instead"]);
  }, 10_000);

  it("returns on time from a reader that ignores its signal", async () => {
    const { reader } = fakeReader(() => new Promise<never>(() => {}));
    const email = await readEmail(new Uint8Array(await readFile(FILE)), {
      ownerAddresses: [OWNER],
      inboxAddress: "jobs@inbox.localhost",
      senderAddress: "jobnudge@inbox.localhost",
      timezone: "Europe/Zurich",
    });

    const merged = await readUnsureFactsWithModel({ factReader: reader, log }, email, {}, 50);

    expect(merged.extraction).toBe(email.extraction);
  }, 10_000);
});
