// Composition root of the actions function (signed one-click links): the state table, the
// scheduler and SES (an action reconciles nudges, which may send one that is due). S3 serves one
// link only ("view the original": the kept message read again), so its client loads on that
// link's first use, from a chunk of its own, rather than at every cold start.
import type { Deps } from "../../app/deps";
import type { RawMailStore } from "../../app/ports";
import type { AwsConfig } from "../aws-config";
import type { InvocationOptions } from "./common";
import { functionDeps } from "./ports";

export function actionsDeps(correlation: Record<string, unknown> = {}, options: InvocationOptions = {}): Deps {
  return functionDeps(correlation, options, rawMailOnUse);
}

function rawMailOnUse(config: AwsConfig): RawMailStore {
  let store: Promise<RawMailStore> | null = null;
  const load = () => {
    store ??= import("./s3").then((s3) => s3.rawMailStore(config));
    return store;
  };
  return {
    put: async (key, raw) => (await load()).put(key, raw),
    get: async (key) => (await load()).get(key),
  };
}
