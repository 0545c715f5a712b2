// Self time by function and by file from a V8 .cpuprofile (node --cpu-prof): the top rows.
//   npx tsx bench/profile-summary.ts FILE.cpuprofile [ROWS]
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, rowsArg] = process.argv.slice(2);
if (!file) throw new Error("usage: npx tsx bench/profile-summary.ts FILE.cpuprofile [ROWS]");
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const byFunction = new Map<string, number>();
const totalByFunction = new Map<string, number>();
const totalByFile = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const node = byId.get(id);
  const dt = profile.timeDeltas[i] ?? 0;
  if (!node) return;
  total += dt;
  const url = node.callFrame.url.replace(/^.*\/(node_modules|functions)\//, "$1/");
  const fn = `${node.callFrame.functionName || "(anonymous)"} ${url}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  const where = url.replace(/^(node_modules\/(@[^/]+\/)?[^/]+).*$/, "$1") || node.callFrame.functionName;
  byFile.set(where, (byFile.get(where) ?? 0) + dt);
  // Inclusive: every function and file on the stack once.
  const fns = new Set<string>();
  const files = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const frame = byId.get(at)?.callFrame;
    if (!frame) break;
    const u = frame.url.replace(/^.*\/(node_modules|functions)\//, "$1/");
    if (!u.includes("profile.mjs")) continue;
    fns.add(`${frame.functionName || "(anonymous)"} ${u}:${frame.lineNumber + 1}`);
    files.add(u.replace(/^(node_modules\/(@[^/]+\/)?[^/]+).*$/, "$1"));
  }
  for (const f of fns) totalByFunction.set(f, (totalByFunction.get(f) ?? 0) + dt);
  for (const f of files) totalByFile.set(f, (totalByFile.get(f) ?? 0) + dt);
});
const rows = Number(rowsArg ?? 30);
const show = (title: string, map: Map<string, number>) => {
  process.stdout.write(`\n${title}\n`);
  for (const [name, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, rows))
    process.stdout.write(`${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}\n`);
};
show("self time by file", byFile);
show("self time by function", byFunction);
show("total time (self and callees) by file", totalByFile);
show("total time (self and callees) by function", totalByFunction);
