// Build-time only: reads templates/mjml/, composes and compiles every kind document and block
// fragment with strict MJML validation, and checks the placeholders left for the runtime fill.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import mjml2html from "mjml";
import { OWNER_EMAIL_KINDS } from "../functions/domain/vocabularies";
import {
  type Composed,
  CUT_BEGIN,
  CUT_END,
  checkTagBalance,
  composeBlock,
  composeKind,
  readBlockLevel,
  readDirectives,
  requireDirective,
  type SourceFile,
} from "./compose";
import { TemplateBuildError } from "./errors";
import { BLOCK_NAMES, type BlockName, BODY_BLOCKS, type CompiledKind, KIND_SLOTS } from "./template-set";

export interface CompiledTemplates {
  kinds: Record<string, CompiledKind>;
  blocks: Record<string, string>;
}

/** The runtime placeholder grammar (see fill.ts): `{{name}}`, `{{name|lines}}`, `{{html:name}}`. */
const PLACEHOLDER = /^\{\{(html:)?[A-Za-z][A-Za-z0-9]*(\|lines)?\}\}$/;

async function readSource(file: string): Promise<SourceFile> {
  const source = { file, text: await readFile(file, "utf8") };
  checkTagBalance(source);
  return source;
}

async function readFolder(dir: string): Promise<Map<string, SourceFile>> {
  const names = (await readdir(dir)).filter((name) => name.endsWith(".mjml")).sort();
  const sources = await Promise.all(names.map((name) => readSource(path.join(dir, name))));
  return new Map(sources.map((source, i) => [(names[i] ?? "").replace(/\.mjml$/, ""), source]));
}

/** Compiles one composed document; any MJML validation error fails, naming the source file and line. */
export async function compileMjml(file: string, composed: Composed): Promise<string> {
  let html: string;
  try {
    ({ html } = await mjml2html(composed.mjml, { validationLevel: "strict", filePath: file, keepComments: true }));
  } catch (error) {
    throw new TemplateBuildError(file, `invalid MJML\n${describeMjmlError(error, composed)}`, { cause: error });
  }
  checkPlaceholders(file, html);
  return collapseWhitespace(html);
}

function describeMjmlError(error: unknown, composed: Composed): string {
  const errors: unknown = (error as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors)) return error instanceof Error ? error.message : String(error);
  return errors
    .map((entry: { line?: number; tagName?: string; message?: string }) => {
      const origin = composed.origins[(entry.line ?? 0) - 1];
      const where = origin ? `${origin.file}:${origin.line}` : `composed line ${entry.line}`;
      return `  ${where} (${entry.tagName ?? "?"}): ${entry.message ?? "invalid"}`;
    })
    .join("\n");
}

/** MJML indents generously; a whitespace run with a line break renders like one line break (no <pre> here). */
function collapseWhitespace(html: string): string {
  if (/<pre|white-space:\s*pre/i.test(html)) return html;
  return html.replace(/[ \t]*\n\s*/g, "\n");
}

function checkPlaceholders(file: string, html: string): void {
  if (html.includes("[[")) throw new TemplateBuildError(file, "a [[build token]] was left unfilled");
  for (const match of html.matchAll(/\{\{[^{}]*\}\}|\{\{|\}\}/g)) {
    if (!PLACEHOLDER.test(match[0])) throw new TemplateBuildError(file, `malformed placeholder ${match[0]}`);
  }
}

function htmlSlots(html: string): string[] {
  return [...html.matchAll(/\{\{html:([A-Za-z0-9]+)\}\}/g)].map((match) => match[1] ?? "");
}

function cut(file: string, html: string): string {
  const begin = html.indexOf(CUT_BEGIN);
  const end = html.indexOf(CUT_END);
  if (begin < 0 || end < begin) throw new TemplateBuildError(file, "the compiled block lost its cut markers");
  return html.slice(begin + CUT_BEGIN.length, end).trim();
}

/** Fragments are cut from a wrapper document; the CSS their column classes need must be in every kind's head. */
function checkColumnClasses(file: string, fragment: string, kindHead: string): void {
  for (const [name] of fragment.matchAll(/mj-column-per-\d+/g)) {
    if (!kindHead.includes(`.${name}`))
      throw new TemplateBuildError(file, `uses ${name}, which no kind document styles`);
  }
}

async function compileKind(
  file: SourceFile,
  layout: SourceFile,
  partials: ReadonlyMap<string, SourceFile>,
): Promise<CompiledKind> {
  const directives = readDirectives(file, ["accent", "label", "intro", "empty-drafts"]);
  const accent = requireDirective(file, directives, "accent");
  const label = requireDirective(file, directives, "label");
  const intro = requireDirective(file, directives, "intro");
  const emptyDrafts = requireDirective(file, directives, "empty-drafts");
  if (!/^#[0-9a-f]{6}$/i.test(accent)) throw new TemplateBuildError(file.file, `@accent must be #rrggbb`);
  if (/[<>&"]/.test(label)) throw new TemplateBuildError(file.file, "@label must be plain text");
  // The intro is said in both parts (the text part reads it from the compiled set): plain text only.
  if (/[<>&"{}[\]]/.test(intro)) throw new TemplateBuildError(file.file, "@intro must be plain text");
  if (emptyDrafts !== "note" && emptyDrafts !== "hide") {
    throw new TemplateBuildError(file.file, `@empty-drafts must be "note" or "hide"`);
  }
  const html = await compileMjml(file.file, composeKind(layout, file, partials, { accent, label, intro }));
  const slots = htmlSlots(html).sort();
  const expected = [...KIND_SLOTS].sort();
  if (slots.join() !== expected.join()) {
    throw new TemplateBuildError(file.file, `needs each of {{html:${expected.join("}}, {{html:")}}} exactly once`);
  }
  // The text part tells the same story in the same order as this kind's HTML.
  const order = BODY_BLOCKS.map((slot) => ({ slot, at: html.indexOf(`{{html:${slot}}}`) }))
    .sort((a, b) => a.at - b.at)
    .map((entry) => entry.slot);
  return { html, label, intro, emptyDrafts, order };
}

function checkNames(dir: string, found: Iterable<string>, expected: readonly string[]): void {
  const names = [...found];
  const missing = expected.filter((name) => !names.includes(name));
  const extra = names.filter((name) => !expected.includes(name));
  if (missing.length > 0 || extra.length > 0) {
    throw new TemplateBuildError(dir, `missing [${missing.join(", ")}], unexpected [${extra.join(", ")}]`);
  }
}

/** Compiles templates/mjml (or another source folder with the same layout). Throws TemplateBuildError. */
export async function compileTemplates(sourceDir: string): Promise<CompiledTemplates> {
  const layout = await readSource(path.join(sourceDir, "layout.mjml"));
  const partials = await readFolder(path.join(sourceDir, "partials"));
  const kindSources = await readFolder(path.join(sourceDir, "kinds"));
  const blockSources = await readFolder(path.join(sourceDir, "blocks"));
  checkNames(path.join(sourceDir, "kinds"), kindSources.keys(), OWNER_EMAIL_KINDS);
  checkNames(path.join(sourceDir, "blocks"), blockSources.keys(), BLOCK_NAMES);

  const kinds: Record<string, CompiledKind> = {};
  for (const [name, source] of kindSources) kinds[name] = await compileKind(source, layout, partials);

  const someKind = Object.values(kinds)[0]?.html ?? "";
  const kindHead = someKind.slice(0, someKind.indexOf("</head>"));
  const blocks: Record<string, string> = {};
  for (const [name, source] of blockSources) {
    const compiled = await compileMjml(source.file, composeBlock(layout, source, readBlockLevel(source)));
    const fragment = cut(source.file, compiled);
    checkColumnClasses(source.file, fragment, kindHead);
    blocks[name as BlockName] = fragment;
  }
  return { kinds, blocks };
}
