// Pulumi mocks for the non-Function parts of stacks/ (notes/sst-v4.md §3): no AWS, no SST CLI.
// Uses the Pulumi and AWS provider SDKs that `sst install` put in .sst/platform, so the resources
// and the `aws` global the stacks modules use are the same instances SST deploys with.
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const modules = path.join(root, ".sst", "platform", "node_modules");

export interface Registered {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  /** Order in which the mock finished registering it (dependsOn waits for this). */
  order: number;
  /** The retainOnDelete resource option as sent to the engine (undefined: not set). */
  retainOnDelete: boolean | undefined;
}

export interface Harness {
  registered: Registered[];
  /** Registrations of one type (e.g. "aws:ses/receiptRule:ReceiptRule"). */
  ofType(type: string): Registered[];
  one(type: string): Registered;
  /** Resolves any Pulumi Output (or plain value) to its value. */
  resolve<T>(value: $util.Input<T>): Promise<$util.Unwrap<T>>;
}

type PulumiModule = typeof $util;

/** The part of the engine's RegisterResourceRequest the mock monitor does not pass to newResource. */
interface RegisterRequest {
  getType(): string;
  getName(): string;
  hasRetainondelete(): boolean;
  getRetainondelete(): boolean;
}
interface Monitor {
  registerResource(req: RegisterRequest, callback: unknown): unknown;
}

async function load(pkg: string): Promise<unknown> {
  const entry = path.join(modules, pkg, "index.js");
  if (!existsSync(entry)) {
    throw new Error(
      `tests/infra need SST's platform in .sst/platform (missing ${path.relative(root, entry)}); run \`npm run typecheck:infra\` first.`,
    );
  }
  const mod = (await import(pathToFileURL(entry).href)) as { default?: unknown };
  return mod.default ?? mod;
}

/**
 * Installs the mocks and the SST globals the stacks modules use ($output, $interpolate, $resolve,
 * $util, aws). `slow` lists resource types whose registration the mock delays, so a test can tell
 * an explicit dependsOn from a lucky ordering.
 */
export async function installMocks(options: { slow?: string[]; account?: string } = {}): Promise<Harness> {
  const pulumi = (await load("@pulumi/pulumi")) as PulumiModule;
  runtime = pulumi.runtime as unknown as { waitForRPCs?: () => Promise<void> };
  const registered: Registered[] = [];
  const retainOnDelete = new Map<string, boolean | undefined>();
  let order = 0;
  await pulumi.runtime.setMocks(
    {
      async newResource(args) {
        registrations.inFlight++;
        registrations.lastActivity = Date.now();
        try {
          if (options.slow?.includes(args.type)) await new Promise((r) => setTimeout(r, 150));
        } finally {
          registrations.inFlight--;
          registrations.lastActivity = Date.now();
        }
        registered.push({
          type: args.type,
          name: args.name,
          inputs: args.inputs,
          order: order++,
          retainOnDelete: retainOnDelete.get(`${args.type}::${args.name}`),
        });
        const physical = args.inputs.name ?? args.inputs.ruleSetName ?? `${args.name.toLowerCase()}-physical`;
        return {
          id: `${args.name}-id`,
          state: {
            ...args.inputs,
            name: physical,
            arn: `arn:aws:mock:us-east-1:${options.account ?? "123456789012"}:${args.name}`,
            bucket: args.inputs.bucket ?? `${args.name.toLowerCase()}-bucket`,
            // Computed by SES on create (Easy DKIM: three tokens).
            ...(args.type === "aws:sesv2/emailIdentity:EmailIdentity"
              ? { dkimSigningAttributes: { tokens: ["tok1", "tok2", "tok3"] } }
              : {}),
          },
        };
      },
      call(args) {
        return args.inputs;
      },
    },
    "jobnudge",
    "test",
    false,
  );
  // Resource options reach the engine in the register request, not in newResource's arguments:
  // note the ones tests assert on before the mock monitor handles the request.
  const monitor = pulumi.runtime.getMonitor() as unknown as Monitor;
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, callback) => {
    const retain = req.hasRetainondelete() ? req.getRetainondelete() : undefined;
    retainOnDelete.set(`${req.getType()}::${req.getName()}`, retain);
    return register(req, callback);
  };
  const aws = await load("@pulumi/aws");
  Object.assign(globalThis, {
    aws,
    $util: pulumi,
    $output: pulumi.output,
    $interpolate: pulumi.interpolate,
    $resolve: pulumi.all,
    $jsonStringify: pulumi.jsonStringify,
  });
  const ofType = (type: string) => registered.filter((r) => r.type === type);
  return {
    registered,
    ofType,
    one(type) {
      const found = ofType(type);
      if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
      return found[0] as Registered;
    },
    resolve<T>(value: $util.Input<T>) {
      return new Promise<$util.Unwrap<T>>((resolve) => {
        pulumi.output(value).apply((v) => {
          resolve(v);
          return v;
        });
      });
    },
  };
}

/** Registrations the mocks are handling now, and when one last started or ended (epoch ms). */
const registrations = { inFlight: 0, lastActivity: Date.now() };
/** Pulumi's runtime, once the mocks are installed: waitForRPCs drains its queue of registrations. */
let runtime: { waitForRPCs?: () => Promise<void> } | null = null;

/**
 * Lets every pending registration finish. Waits on the registrations themselves (Pulumi's RPC
 * queue, which a resource joins when it is declared, then the mocks' own), never a fixed time, so
 * a busy machine only makes it slower.
 */
export async function settle(quietMs = 100, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  await runtime?.waitForRPCs?.();
  for (;;) {
    await new Promise((r) => setTimeout(r, 25));
    if (registrations.inFlight === 0 && Date.now() - registrations.lastActivity >= quietMs) return;
    if (Date.now() > deadline) throw new Error(`resource registrations did not settle within ${timeoutMs} ms`);
  }
}
