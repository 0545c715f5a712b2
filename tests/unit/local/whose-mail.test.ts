// `send` notes a file that names the owner neither as sender nor as recipient: it is read as the
// owner's mail all the same, so another person's forward makes their name an "employer" silently.
// Checked on the shared corpus, which holds six owners' mail (labels.json names each file's owner).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headersOf, notOwnersMail } from "../../../functions/local/cli/whose-mail";

const ROOT = join(import.meta.dirname, "../../..");
const CORPUS = join(ROOT, "tests/fixtures/corpus");
const labels = JSON.parse(readFileSync(join(CORPUS, "labels.json"), "utf8")) as { file: string; owner: string }[];
const owners = [...new Set(labels.map((l) => l.owner))];
const headers = (path: string) => headersOf(readFileSync(path));

describe("whose mail a file is", () => {
  it("the corpus has several owners (the case the note is for)", () => {
    expect(owners.length).toBeGreaterThan(1);
  });

  it.each(labels)("$file: no note as its own owner, a note as every other owner", async ({ file, owner }) => {
    // Prepare
    const h = await headers(join(CORPUS, file));

    // Act
    const own = notOwnersMail(h, { email: owner, aliases: [] });
    const others = owners.filter((o) => o !== owner).map((o) => notOwnersMail(h, { email: o, aliases: [] }));

    // Assess
    expect(own).toBeNull();
    for (const note of others) expect(note).toMatch(/^note: neither from nor to the owner \S+ \(From \S+@/);
  });

  it("an alias counts as the owner", async () => {
    const h = await headers(join(CORPUS, "kestrel-greenhouse-offer-5pm-et-gmail-fwd.eml"));
    expect(notOwnersMail(h, { email: "you@example.com", aliases: ["Maya.Okafor@gmail.com"] })).toBeNull();
  });

  it("the README's samples are the default owner's", async () => {
    for (const file of ["samples/northwind-offer.eml", "samples/demo/globex-interview.eml"]) {
      expect(notOwnersMail(await headers(join(ROOT, file)), { email: "you@example.com", aliases: [] })).toBeNull();
    }
  });

  it("says nothing about a file with no From (unreadable files are reported anyway)", async () => {
    const h = await headersOf(Buffer.from("just some notes, no headers at all\n"));
    expect(notOwnersMail(h, { email: "you@example.com", aliases: [] })).toBeNull();
  });
});
