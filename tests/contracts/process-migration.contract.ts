// The migration to processes (functions/app/migrate-processes.ts) on every StateStore: run with
// MemoryStateStore by tests/unit/adapters/memory-state.test.ts and with DynamoStateStore on
// DynamoDB Local (the local data folder and AWS alike) by tests/integration/dynamo-state.test.ts.
// A record written before processes is what earlier versions saved: the same record without
// `employerKey` (the stores write records as they are given).
import { describe, expect, it } from "vitest";
import { migrateProcesses } from "../../functions/app/migrate-processes";
import type { StateStore } from "../../functions/app/ports";
import { type EmployerRecord, newEmployer } from "../../functions/domain/employer";
import { emptyExtraction } from "../../functions/domain/extraction";
import { applyMessage } from "../../functions/domain/lifecycle";

const AT = "2026-03-02T10:00:00.000Z";
// DynamoDB Local answers in milliseconds, but a shared machine may be slow.
const TIMEOUT = 30_000;

/** A record as saved before processes existed: no employerKey. */
function legacy(name: string): EmployerRecord {
  const { employerKey: _absent, ...record } = applyMessage(
    null,
    {
      key: `m-${name}`,
      receivedAt: AT,
      extraction: emptyExtraction({ employer: name, kind: "update", role: "Data Engineer" }),
    },
    AT,
  );
  return record;
}

async function seed(store: StateStore): Promise<EmployerRecord[]> {
  const saved: EmployerRecord[] = [];
  for (const name of ["Acme", "Globex", "Initech"]) saved.push(await store.saveEmployer(legacy(name)));
  saved.push(await store.saveEmployer(newEmployer("Umbrella", AT)));
  return saved;
}

/** A store whose `saveEmployer` fails after `allowed` writes: a run that dies midway. */
function crashingAfter(store: StateStore, allowed: number): StateStore {
  let writes = 0;
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === "saveEmployer") {
        return async (record: EmployerRecord) => {
          if (writes++ >= allowed) throw new Error("crashed");
          return target.saveEmployer(record);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

export function processMigrationContract(name: string, newStore: () => StateStore): void {
  describe(`${name}: the migration to processes`, () => {
    it(
      "adds the employer key to records written before processes and changes nothing else",
      async () => {
        const store = newStore();
        const before = await seed(store);

        const report = await migrateProcesses({ state: store });

        expect(report).toEqual({ migrated: 3, current: 1 });
        const after = await store.listEmployers();
        expect(after.map((r) => [r.id, r.employerKey])).toEqual([
          ["acme", "acme"],
          ["globex", "globex"],
          ["initech", "initech"],
          ["umbrella", "umbrella"],
        ]);
        for (const record of after) {
          const old = before.find((r) => r.id === record.id);
          const moved = old?.employerKey === undefined;
          expect(record).toEqual({ ...old, employerKey: record.id, version: (old?.version ?? 0) + (moved ? 1 : 0) });
        }
      },
      TIMEOUT,
    );

    it(
      "is idempotent: a second run writes nothing",
      async () => {
        const store = newStore();
        await seed(store);
        await migrateProcesses({ state: store });
        const once = await store.listEmployers();

        const report = await migrateProcesses({ state: store });

        expect(report).toEqual({ migrated: 0, current: 4 });
        expect(await store.listEmployers()).toEqual(once);
      },
      TIMEOUT,
    );

    it(
      "leaves a state a rerun completes when a run dies midway",
      async () => {
        const store = newStore();
        await seed(store);

        await expect(migrateProcesses({ state: crashingAfter(store, 1) })).rejects.toThrow("crashed");
        const midway = await store.listEmployers();
        const report = await migrateProcesses({ state: store });

        expect(midway.filter((r) => r.employerKey === undefined)).toHaveLength(2);
        expect(report).toEqual({ migrated: 2, current: 2 });
        expect((await store.listEmployers()).every((r) => r.employerKey === r.id)).toBe(true);
      },
      TIMEOUT,
    );

    it(
      "keeps a change a live writer makes meanwhile",
      async () => {
        const store = newStore();
        await seed(store);
        let raced = false;
        const racing = new Proxy(store, {
          get(target, prop, receiver) {
            if (prop === "saveEmployer") {
              return async (record: EmployerRecord) => {
                if (!raced && record.id === "acme") {
                  raced = true;
                  const live = await target.getEmployer("acme");
                  if (live) await target.saveEmployer({ ...live, stage: "offer" });
                }
                return target.saveEmployer(record);
              };
            }
            const value = Reflect.get(target, prop, receiver);
            return typeof value === "function" ? value.bind(target) : value;
          },
        });

        await migrateProcesses({ state: racing });

        expect(await store.getEmployer("acme")).toMatchObject({ stage: "offer", employerKey: "acme" });
      },
      TIMEOUT,
    );
  });
}
