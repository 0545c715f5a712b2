// IAM policy documents as plain data, so the statements can be built from ARNs and checked in
// tests/infra without AWS. `Permission` is the shape sst.aws.Function's `permissions` takes.
// Uses only the `$output` global (set by SST at deploy, by the test setup under mocks).

export type In<T> = $util.Input<T>;

export interface Condition {
  test: string;
  variable: string;
  values: In<string>[];
}

/** One identity-policy statement (what a role may do). Same shape as SST's FunctionPermissionArgs. */
export interface Permission {
  effect?: "allow" | "deny";
  actions: string[];
  resources: In<string>[];
  conditions?: Condition[];
}

/** A statement for resource or trust policies: it names who (principals) and may omit resources. */
export interface PolicyStatement {
  sid?: string;
  effect?: "allow" | "deny";
  principals?: { type: "Service" | "AWS"; identifiers: In<string>[] }[] | "*";
  actions: string[];
  resources?: In<string>[];
  conditions?: Condition[];
}

/** The IAM JSON for a list of statements, resolved once every ARN in it is known. */
export function policyDocument(statements: (PolicyStatement | Permission)[]): $util.Output<string> {
  return $output(statements.map(toJsonStatement)).apply((resolved) =>
    JSON.stringify({ Version: "2012-10-17", Statement: resolved }),
  );
}

function toJsonStatement(s: PolicyStatement | Permission): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if ("sid" in s && s.sid) out.Sid = s.sid;
  out.Effect = s.effect === "deny" ? "Deny" : "Allow";
  if ("principals" in s && s.principals) {
    out.Principal =
      s.principals === "*"
        ? "*"
        : Object.fromEntries(
            s.principals.map((p) => [p.type, p.identifiers.length === 1 ? p.identifiers[0] : p.identifiers]),
          );
  }
  out.Action = s.actions;
  if (s.resources) out.Resource = s.resources;
  if (s.conditions && s.conditions.length > 0) {
    const grouped: Record<string, Record<string, In<string>[]>> = {};
    for (const c of s.conditions) {
      grouped[c.test] ??= {};
      grouped[c.test][c.variable] = c.values;
    }
    out.Condition = grouped;
  }
  return out;
}
