// Build-time only: composes MJML sources (layout + kind body + partials, or a block in a wrapper)
// before compilation. MJML 5 ignores mj-include, so composition is done here, from trusted files.
import { TemplateBuildError } from "./errors";

export type BlockLevel = "body" | "column" | "text" | "table";
const BLOCK_LEVELS: readonly BlockLevel[] = ["body", "column", "text", "table"];

export const CUT_BEGIN = "<!-- jobnudge:cut-begin -->";
export const CUT_END = "<!-- jobnudge:cut-end -->";

const DIRECTIVE = /^\s*<!--\s*@([a-z-]+)\s+(.*?)\s*-->\s*$/;
const INCLUDE = /<!--\s*@include\s+([a-z][a-z0-9-]*)\s*-->/g;
const BODY_SLOT = "<!-- @body -->";

export interface SourceFile {
  /** Path shown in error messages. */
  file: string;
  text: string;
}

/** Leading `<!-- @name value -->` lines: build-time settings of a kind or block file. */
export function readDirectives(source: SourceFile, allowed: readonly string[]): Map<string, string> {
  const directives = new Map<string, string>();
  for (const line of source.text.split("\n")) {
    if (line.trim() === "") continue;
    const match = DIRECTIVE.exec(line);
    if (!match || match[1] === "include") break;
    const [, name = "", value = ""] = match;
    if (!allowed.includes(name)) throw new TemplateBuildError(source.file, `unknown directive @${name}`);
    if (directives.has(name)) throw new TemplateBuildError(source.file, `directive @${name} given twice`);
    directives.set(name, value);
  }
  return directives;
}

export function requireDirective(source: SourceFile, directives: Map<string, string>, name: string): string {
  const value = directives.get(name);
  if (value === undefined || value === "") throw new TemplateBuildError(source.file, `missing directive @${name}`);
  return value;
}

export interface SourceLine {
  file: string;
  /** 1-based line in `file`; 0 for lines the build adds. */
  line: number;
  text: string;
}

/** A composed MJML document and, for each of its lines, the source line it came from. */
export interface Composed {
  mjml: string;
  origins: readonly SourceLine[];
}

/** Directive lines become blank lines, so line numbers still match the source file. */
function linesOf(source: SourceFile): SourceLine[] {
  return source.text.split("\n").map((text, i) => {
    const match = DIRECTIVE.exec(text);
    const isDirective = match !== null && match[1] !== "include" && match[1] !== "body";
    return { file: source.file, line: i + 1, text: isDirective ? "" : text };
  });
}

const added = (text: string): SourceLine => ({ file: "(added by the build)", line: 0, text });

/**
 * mjml's parser silently closes unclosed tags, which strict validation then accepts; check that
 * every mj-* element is closed, in order, so a typo fails the build with a line number.
 */
export function checkTagBalance(source: SourceFile): void {
  const text = source.text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, " "));
  const stack: { name: string; line: number }[] = [];
  for (const match of text.matchAll(/<(\/?)(mjml|mj-[a-z-]+)\b[^>]*?(\/?)>/g)) {
    const [tag, closing, name = "", selfClosing] = match;
    const line = text.slice(0, match.index).split("\n").length;
    if (selfClosing) continue;
    if (!closing) {
      stack.push({ name, line });
      continue;
    }
    const open = stack.pop();
    if (open?.name !== name) {
      const expected = open ? `</${open.name}> for line ${open.line}` : "no closing tag";
      throw new TemplateBuildError(source.file, `line ${line}: ${tag} found where ${expected} was expected`);
    }
  }
  const unclosed = stack.pop();
  if (unclosed) throw new TemplateBuildError(source.file, `line ${unclosed.line}: <${unclosed.name}> is never closed`);
}

function expandIncludes(source: SourceFile, partials: ReadonlyMap<string, SourceFile>): SourceLine[] {
  return linesOf(source).flatMap((line) => {
    const include = [...line.text.matchAll(INCLUDE)];
    if (include.length === 0) return [line];
    const name = include[0]?.[1] ?? "";
    if (include.length > 1 || line.text.replace(INCLUDE, "").trim() !== "") {
      throw new TemplateBuildError(source.file, `line ${line.line}: @include must stand alone on its line`);
    }
    const partial = partials.get(name);
    if (!partial) throw new TemplateBuildError(source.file, `line ${line.line}: no partial named ${name}.mjml`);
    return linesOf(partial);
  });
}

/** Build-time tokens `[[name]]` in the layout (accent colour, kind label). */
function fillBuildTokens(file: string, text: string, tokens: Readonly<Record<string, string>>): string {
  return text.replace(/\[\[([a-z]+)\]\]/g, (_, name: string) => {
    const value = tokens[name];
    if (value === undefined) throw new TemplateBuildError(file, `unknown build token [[${name}]]`);
    return value;
  });
}

function intoLayout(layout: SourceFile, body: SourceLine[], tokens: Readonly<Record<string, string>>): Composed {
  const lines = linesOf(layout);
  const slots = lines.filter((line) => line.text.includes(BODY_SLOT));
  const slot = lines.findIndex((line) => line.text.trim() === BODY_SLOT);
  if (slots.length !== 1 || slot < 0)
    throw new TemplateBuildError(layout.file, `needs ${BODY_SLOT} once, on its own line`);
  const origins = [...lines.slice(0, slot), ...body, ...lines.slice(slot + 1)];
  // Tokens are single-line values, so filling them keeps the line origins valid.
  return { mjml: fillBuildTokens(layout.file, origins.map((line) => line.text).join("\n"), tokens), origins };
}

export function composeKind(
  layout: SourceFile,
  kind: SourceFile,
  partials: ReadonlyMap<string, SourceFile>,
  tokens: Readonly<Record<string, string>>,
): Composed {
  return intoLayout(layout, expandIncludes(kind, partials), tokens);
}

export function readBlockLevel(block: SourceFile): BlockLevel {
  const level = requireDirective(block, readDirectives(block, ["level"]), "level");
  if (!(BLOCK_LEVELS as readonly string[]).includes(level)) {
    throw new TemplateBuildError(block.file, `@level must be one of ${BLOCK_LEVELS.join(", ")}, not "${level}"`);
  }
  return level as BlockLevel;
}

/** Puts a block where its level allows it, between cut markers, inside the layout (for its head). */
export function composeBlock(layout: SourceFile, block: SourceFile, level: BlockLevel): Composed {
  const raw = (marker: string) => `<mj-raw>${marker}</mj-raw>`;
  const around: Record<BlockLevel, [string, string]> = {
    body: [raw(CUT_BEGIN), raw(CUT_END)],
    column: [`<mj-section><mj-column>${raw(CUT_BEGIN)}`, `${raw(CUT_END)}</mj-column></mj-section>`],
    text: [`<mj-section><mj-column><mj-text>${CUT_BEGIN}`, `${CUT_END}</mj-text></mj-column></mj-section>`],
    table: [`<mj-section><mj-column><mj-table>${CUT_BEGIN}`, `${CUT_END}</mj-table></mj-column></mj-section>`],
  };
  const [before, after] = around[level];
  const body = [added(before), ...linesOf(block), added(after)];
  return intoLayout(layout, body, { accent: "#475569", label: "block", intro: "block" });
}
