import { describe, expect, it } from "vitest";
import { employerIdFor } from "../../../functions/domain/employer";

describe("employerIdFor", () => {
  it.each([
    ["Kestrel Pay", "kestrel-pay"],
    ["Ashcombe & Reyes", "ashcombe-and-reyes"],
    ["Sørvik Labs", "sorvik-labs"],
    ["Café Müller GmbH", "cafe-muller-gmbh"],
  ])("%s -> %s", (name, id) => {
    expect(employerIdFor(name)).toBe(id);
  });

  it("gives distinct, schedule-safe ids to names without Latin letters", () => {
    const ids = ["株式会社ソニー", "Яндекс", "שטראוס"].map(employerIdFor);

    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id).toMatch(/^employer-[0-9a-z]+$/);
  });
});
