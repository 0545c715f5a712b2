// Owner commands: the subject line of an email from the owner to the inbox (DESIGN.md "Owner
// commands"). Parsing is pure and total: anything it cannot read fully becomes `invalid` with what
// was understood and the choices, so a half-read command never changes state.
import type { EmployerRecord } from "../employer";
import type { OwnerSettings } from "../owner";
import { ownerDate, parseOwnerDate, wallTimeToIso } from "../owner-time";
import { compareRoles } from "../roles";
import { isExactName, matchEmployer, matchEmployerAtStart, wholeEmployer } from "./employer-match";
import { parseOfferTerms } from "./offer-terms";
import { parseRank } from "./rank";
import { closestVerbs } from "./spelling";
import {
  COMMAND_SYNTAX,
  COMMAND_VERBS,
  type CommandVerb,
  commandText,
  employerProblem,
  invalid,
  isVerb,
  openNames,
  type ParsedCommand,
  ref,
  refusal,
} from "./syntax";

export {
  COMMAND_SYNTAX,
  COMMAND_VERBS,
  type CommandVerb,
  type EmployerRef,
  type InvalidCommand,
  type ParsedCommand,
} from "./syntax";

const MAX_NAME = 80;

const DURATION = /^(\d{1,3})\s*(d|days?|w|wks?|weeks?)$/i;
const MAX_SNOOZE_DAYS = 365;

function parseSnooze(words: string[], owner: OwnerSettings, now: string): { until: string; days: number } | string {
  const text = words.join(" ").replace(/^(for)\s+/i, "");
  const duration = DURATION.exec(text) ?? (/^an?\s+(week|day)$/i.exec(text) ? [text, "1", text.split(" ")[1]] : null);
  if (duration) {
    const unit = (duration[2] ?? "d").toLowerCase().startsWith("w") ? 7 : 1;
    const days = Number(duration[1]) * unit;
    if (days < 1 || days > MAX_SNOOZE_DAYS) return `a snooze is 1 to ${MAX_SNOOZE_DAYS} days`;
    return { until: new Date(Date.parse(now) + days * 86_400_000).toISOString(), days };
  }
  const dateText = text.replace(/^until\s+/i, "");
  const date = dateText ? parseOwnerDate(dateText, owner.timezone, now) : null;
  if (!date) return text ? `"${text}" is not a duration (3d, 1w, 2 days) or a date` : "the snooze needs a duration";
  // Snoozing until a day means nudges may come again that morning.
  const [year, month, day] = date.slice(0, 10).split("-").map(Number) as [number, number, number];
  const [hour, minute] = owner.workdayStart.split(":").map(Number) as [number, number];
  const until = date.length > 10 ? date : wallTimeToIso({ year, month, day, hour, minute }, owner.timezone);
  const untilUtc = new Date(until).toISOString();
  const days = Math.ceil((Date.parse(untilUtc) - Date.parse(now)) / 86_400_000);
  if (days < 1 || days > MAX_SNOOZE_DAYS) return `a snooze is 1 to ${MAX_SNOOZE_DAYS} days`;
  return { until: untilUtc, days };
}

function splitOn(words: string[], separator: string, employers: EmployerRecord[]): [EmployerRecord, string[]] | null {
  // Every occurrence of the separator is tried, so names that contain the word still work
  // ("rename Go To Market to GTM"); a left side that is a whole name beats one that is a prefix.
  let prefixSplit: [EmployerRecord, string[]] | null = null;
  for (let i = 1; i < words.length; i++) {
    if (words[i]?.toLowerCase() !== separator) continue;
    const left = words.slice(0, i).join(" ");
    const match = matchEmployer(left, employers);
    if (!match.ok) continue;
    const split: [EmployerRecord, string[]] = [match.employer, words.slice(i + 1)];
    if (isExactName(left, match.employer)) return split;
    prefixSplit ??= split;
  }
  return prefixSplit;
}

export function parseCommand(
  subject: string,
  employers: EmployerRecord[],
  owner: OwnerSettings,
  now: string,
): ParsedCommand {
  const text = commandText(subject);
  const words = text.split(" ").filter(Boolean);
  const verbWord = words[0]?.toLowerCase() ?? "";
  const args = words.slice(1);
  const allSyntax = COMMAND_VERBS.map((v) => COMMAND_SYNTAX[v]);
  if (!verbWord) return invalid("an empty subject", "the subject holds no command", allSyntax);
  if (!isVerb(verbWord)) {
    const closest = closestVerbs(verbWord, COMMAND_VERBS);
    const understood = `"${words[0]}", which is not a command`;
    if (closest.length > 0) {
      const guesses = closest.map((verb) => suggestCommand(verb, args, employers, owner, now));
      const [only] = guesses;
      if (guesses.length === 1 && only?.suggestion) {
        return {
          ...invalid(understood, `unknown command; "${closest[0]}" is the closest`, only.choices),
          suggestion: only.suggestion,
        };
      }
      const verbs = closest.map((v) => `"${v}"`).join(" or ");
      return invalid(
        understood,
        `unknown command; did you mean ${verbs}?`,
        guesses.flatMap((g) => g.choices),
      );
    }
    const close = COMMAND_VERBS.filter((v) => v.startsWith(verbWord.slice(0, 3)));
    return invalid(
      `"${words[0]}", which is not a command`,
      "unknown command",
      (close.length ? close : COMMAND_VERBS).map((v) => COMMAND_SYNTAX[v]),
    );
  }
  const verb = verbWord;

  if (verb === "status" || verb === "help" || verb === "export") {
    if (args.length > 0)
      return invalid(`${verb}, followed by "${args.join(" ")}"`, `${verb} takes nothing after it`, [verb]);
    return { type: verb };
  }
  if (args.length === 0) {
    const hint = COMMAND_SYNTAX[verb].slice(verb.length);
    return invalid(
      verb,
      "the command needs an employer",
      openNames(employers).map((name) => `${verb} ${name}${hint.replace(/^ (EMPLOYER|OLD|A)/, "")}`),
    );
  }

  if (verb === "rank") return parseRank(args, employers);

  if (verb === "rename") {
    const split = splitOn(args, "to", employers);
    if (!split) {
      const at = args.findIndex((w) => w.toLowerCase() === "to");
      if (at < 1) return invalid(`rename ${args.join(" ")}`, 'use "rename OLD to NEW"', [COMMAND_SYNTAX.rename]);
      const match = matchEmployer(args.slice(0, at).join(" "), employers);
      const group = match.ok ? null : wholeEmployer(args.slice(0, at).join(" "), match.candidates);
      if (group)
        return renameEmployer(
          group,
          args.slice(0, at).join(" "),
          args
            .slice(at + 1)
            .join(" ")
            .trim(),
        );
      return match.ok
        ? invalid(`rename ${args.join(" ")}`, "unreadable", [COMMAND_SYNTAX.rename])
        : employerProblem("rename", match, employers, args.slice(at).join(" "));
    }
    const [employer, rest] = split;
    const newName = rest.join(" ").trim();
    if (!newName || newName.length > MAX_NAME)
      return invalid(`rename ${employer.name}`, `the new name must be 1 to ${MAX_NAME} characters`, [
        `rename ${employer.name} to NEW`,
      ]);
    // A change of case ("rename acme to ACME") is a correction; the very same name changes nothing.
    if (newName === employer.name)
      return refusal(`rename ${employer.name} to ${newName}`, `${employer.name} is already called ${newName}`, [
        `rename ${employer.name} to NEW`,
      ]);
    // Another role at the employer it is renamed to is no clash: the process joins that employer.
    const clash = employers.find(
      (e) => e !== employer && e.name.toLowerCase() === newName.toLowerCase() && !differentRoles(e, employer),
    );
    if (clash)
      return refusal(
        `rename ${employer.name} to ${newName}`,
        `another employer is already called ${clash.name}; if they are the same, merge them`,
        [`merge ${employer.name} into ${clash.name}`],
      );
    return { type: "rename", ...ref(employer), newName };
  }

  if (verb === "merge") {
    const split = splitOn(args, "into", employers);
    if (!split) {
      const at = args.findIndex((w) => w.toLowerCase() === "into");
      if (at < 1) return invalid(`merge ${args.join(" ")}`, 'use "merge A into B"', [COMMAND_SYNTAX.merge]);
      const match = matchEmployer(args.slice(0, at).join(" "), employers);
      return match.ok
        ? invalid(`merge ${args.join(" ")}`, "unreadable", [COMMAND_SYNTAX.merge])
        : employerProblem("merge", match, employers, args.slice(at).join(" "));
    }
    const [from, rest] = split;
    const into = matchEmployer(rest.join(" "), employers);
    if (!into.ok) {
      const problem = employerProblem("merge", into, employers);
      return { ...problem, choices: problem.choices.map((c) => c.replace(/^merge /, `merge ${from.name} into `)) };
    }
    if (into.employer === from)
      return refusal(
        `merge ${from.name} into ${from.name}`,
        `"${rest.join(" ")}" is ${from.name} itself, and an employer cannot be merged into itself`,
        [COMMAND_SYNTAX.merge],
      );
    return { type: "merge", from: ref(from), into: ref(into.employer) };
  }

  const match = matchEmployerAtStart(args, employers);
  if (!match.ok) {
    const tail =
      verb === "snooze" || verb === "deadline" || verb === "expect" || verb === "offer" ? args.slice(1).join(" ") : "";
    return employerProblem(verb, match, employers, tail);
  }
  const { employer, rest } = match;

  switch (verb) {
    case "snooze": {
      const snooze = parseSnooze(rest, owner, now);
      if (typeof snooze === "string")
        return invalid(`snooze ${employer.name}`, snooze, [`snooze ${employer.name} 2d`, `snooze ${employer.name} 1w`]);
      return { type: "snooze", ...ref(employer), ...snooze };
    }
    case "deadline":
    case "expect": {
      const date = rest.length > 0 ? parseOwnerDate(rest.join(" "), owner.timezone, now) : null;
      if (!date) {
        const reason = rest.length > 0 ? `"${rest.join(" ")}" is not a date` : "the command needs a date";
        const example = ownerDate(new Date(Date.parse(now) + 7 * 86_400_000), owner.timezone);
        return invalid(`${verb} ${employer.name}`, reason, [
          `${verb} ${employer.name} friday`,
          `${verb} ${employer.name} ${example}`,
        ]);
      }
      return { type: verb, ...ref(employer), date };
    }
    case "offer": {
      const terms = parseOfferTerms(rest, owner.timezone, now);
      if (!terms.ok)
        return invalid(`offer ${employer.name}`, terms.reason, [
          COMMAND_SYNTAX.offer.replace("EMPLOYER", employer.name),
        ]);
      return { type: "offer", ...ref(employer), terms: terms.terms };
    }
    default: {
      if (rest.length > 0)
        return invalid(`${verb} ${employer.name}, followed by "${rest.join(" ")}"`, `${verb} takes only an employer`, [
          `${verb} ${employer.name}`,
        ]);
      return { type: verb, ...ref(employer) };
    }
  }
}

/** `rename Acme to Acme Corp` when Acme has several processes: the employer's name, on every one. */
function renameEmployer(group: EmployerRecord[], typed: string, newName: string): ParsedCommand {
  const [first] = group;
  if (!first || !newName || newName.length > MAX_NAME || /\s\/\s/.test(newName))
    return invalid(`rename ${typed}`, `the new name must be 1 to ${MAX_NAME} characters, without " / "`, [
      `rename ${typed} to NEW`,
    ]);
  if (newName === typed)
    return refusal(`rename ${typed} to ${newName}`, `${typed} is already called ${newName}`, [
      `rename ${typed} to NEW`,
    ]);
  return { type: "rename", employerId: first.id, employerName: typed, newName, processes: group.map(ref) };
}

function differentRoles(a: EmployerRecord, b: EmployerRecord): boolean {
  return !!a.role && !!b.role && compareRoles(a.role, b.role) === "different";
}

/**
 * The whole command with the corrected verb, its employer named in full. When the rest still leaves a
 * choice (no employer given, or several match), there is no single suggestion, only the choices.
 */
function suggestCommand(
  verb: CommandVerb,
  args: string[],
  employers: EmployerRecord[],
  owner: OwnerSettings,
  now: string,
): { suggestion: string | null; choices: string[] } {
  const parsed = parseCommand([verb, ...args].join(" "), employers, owner, now);
  const one = (suggestion: string) => ({ suggestion, choices: [suggestion] });
  switch (parsed.type) {
    case "invalid":
      return parsed.choices.length === 1 && parsed.choices[0]
        ? one(parsed.choices[0])
        : { suggestion: null, choices: parsed.choices.length > 0 ? parsed.choices : [COMMAND_SYNTAX[verb]] };
    case "rank":
      return one(`rank ${parsed.employers.map((e) => e.employerName).join(", ")}`);
    case "rename":
      return one(`rename ${parsed.employerName} to ${parsed.newName}`);
    case "merge":
      return one(`merge ${parsed.from.employerName} into ${parsed.into.employerName}`);
    case "status":
    case "help":
    case "export":
      return one(verb);
    default: {
      const match = matchEmployerAtStart(args, employers);
      return one(match.ok ? [verb, match.employer.name, ...match.rest].join(" ") : [verb, ...args].join(" "));
    }
  }
}
