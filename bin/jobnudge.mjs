#!/usr/bin/env node
// The `jobnudge` command: runs the TypeScript CLI through tsx (no build step needed).
import { register } from "tsx/esm/api";

register();
await import("../functions/local/cli/main.ts");
