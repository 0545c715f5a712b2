// The in-memory StateStore (simulate, use-case tests) against the shared contract; the same suite
// runs on DynamoDB Local in tests/integration/dynamo-state.test.ts.
import { MemoryStateStore } from "../../../functions/adapters/memory-state";
import { processMigrationContract } from "../../contracts/process-migration.contract";
import { stateStoreContract } from "../../contracts/state-store.contract";

stateStoreContract("MemoryStateStore", () => new MemoryStateStore());
processMigrationContract("MemoryStateStore", () => new MemoryStateStore());
