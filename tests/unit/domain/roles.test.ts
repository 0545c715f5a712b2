import { describe, expect, it } from "vitest";
import { compareRoles, roleSlug } from "../../../functions/domain/roles";

describe("compareRoles", () => {
  it.each([
    ["case and punctuation", "Data Engineer", "data-engineer"],
    ["a gender marker", "Data Engineer", "DATA ENGINEER (m/w/d)"],
    ["another gender marker", "Data Engineer (f/m/x)", "Data Engineer m/f/d"],
    ["an abbreviated seniority", "Sr. Data Engineer", "Senior Data Engineer"],
    ["a spelled-out abbreviation", "ML Engineer", "Machine Learning Engineer"],
    ["word order", "Engineer, Data", "Data Engineer"],
    ["an accent", "Ingénieur Données", "ingenieur donnees"],
  ])("same role despite %s", (_what, a, b) => {
    expect(compareRoles(a, b)).toBe("same");
    expect(compareRoles(b, a)).toBe("same");
  });

  it.each([
    ["another seniority", "Senior Data Engineer", "Data Engineer (m/w/d)"],
    ["a junior level", "Junior Data Engineer", "Data Engineer"],
    ["a team added", "Data Engineer", "Data Engineer, Payments"],
    ["a near synonym", "Software Engineer", "Software Developer"],
    ["a bare word", "Engineer", "Data Engineer"],
    ["nothing readable", "???", "Data Engineer"],
  ])("unsure with %s (the owner is asked)", (_what, a, b) => {
    expect(compareRoles(a, b)).toBe("unsure");
    expect(compareRoles(b, a)).toBe("unsure");
  });

  it.each([
    ["Data Engineer", "ML Engineer"],
    ["Data Engineer", "Data Scientist"],
    ["Backend Engineer", "Frontend Engineer"],
    ["Product Manager", "Software Engineer"],
  ])("%s and %s are different roles", (a, b) => {
    expect(compareRoles(a, b)).toBe("different");
    expect(compareRoles(b, a)).toBe("different");
  });
});

describe("roleSlug", () => {
  it.each([
    ["ML Engineer", "machine-learning-engineer"],
    ["Data Engineer (m/w/d)", "data-engineer"],
    ["Senior Data Engineer", "senior-data-engineer"],
    ["???", "role"],
  ])("%s -> %s", (role, slug) => {
    expect(roleSlug(role)).toBe(slug);
  });
});
