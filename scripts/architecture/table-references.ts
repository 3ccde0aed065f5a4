import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

// The tables a module's SQL names, read with TypeScript's parser: a call whose first argument is
// a table name, alone or with an alias (`db('cards')`, `trx('cards as c')`, `.from('cards')`,
// `.leftJoin('payers as p', …)`), and the `from` / `join` / `into` / `update` of a raw SQL string
// (any string with `select`, `insert`, `update` or `delete` in it). A string that merely equals
// a table name (`source: 'cards'`) is no SQL and is not counted.

export interface TableReference {
  module: string;
  line: number;
  table: string;
}

const TABLE_ARGUMENT = /^\s*([a-z_][a-z0-9_]*)(?:\s+as\s+[a-z_][a-z0-9_]*)?\s*$/i;
const RAW_SQL = /\b(select|insert|update|delete)\b/i;
const RAW_TABLE = /\b(?:from|join|into|update)\s+([a-z_][a-z0-9_]*)/gi;

/** The references in one module's source to the tables named in `tables`. */
export function tableReferences(module: string, text: string, tables: ReadonlySet<string>): TableReference[] {
  const source = ts.createSourceFile(module, text, ts.ScriptTarget.Latest, true);
  const found: TableReference[] = [];
  const add = (node: ts.Node, table: string) => {
    if (tables.has(table)) found.push({ module, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, table });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const first = node.arguments[0];
      if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
        const named = TABLE_ARGUMENT.exec(first.text);
        if (named) add(first, named[1]!);
      }
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (RAW_SQL.test(node.text)) for (const match of node.text.matchAll(RAW_TABLE)) add(node, match[1]!);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Code outside the features that is checked too, as if it were a feature owning no table: the
 * operator metrics ask each owner for its part of the backlog. (`src/messaging`, `src/http` and the
 * simulator own tables of their own, which TABLE_OWNERS leaves out; they are not scanned.) */
const CHECKED_OUTSIDE_FEATURES: Readonly<Record<string, string>> = { 'src/metrics': 'metrics' };

/** Every reference under src/features/ (and the folders above) to a table another feature owns,
 * as `module:line names table (owned by feature)`. */
export function foreignTableReferences(root: string, owners: Readonly<Record<string, string>>): string[] {
  const tables = new Set(Object.keys(owners));
  const ownerOf = (module: string) => /^src\/features\/([^/]+)\//.exec(module)?.[1] ?? Object.entries(CHECKED_OUTSIDE_FEATURES).find(([folder]) => module.startsWith(`${folder}/`))![1];
  const folders = [join(root, 'src', 'features'), ...Object.keys(CHECKED_OUTSIDE_FEATURES).map((folder) => join(root, folder))];
  return folders.flatMap(typeScriptFiles).flatMap((file) => {
    const module = relative(root, file).split(sep).join('/');
    const feature = ownerOf(module);
    return tableReferences(module, readFileSync(file, 'utf8'), tables)
      .filter((reference) => owners[reference.table] !== feature)
      .map((reference) => `${reference.module}:${reference.line} names ${reference.table} (owned by ${owners[reference.table]})`);
  });
}

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
