import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

// The modules of src/ and their relative imports, read with TypeScript's own parser (type-only
// imports count: a type cycle is still two files that cannot be understood apart). `import()`
// expressions are left out: they load on demand, after both modules have run.

/** Module (path relative to the root, with `/`) → the modules it imports. */
export type ImportGraph = Map<string, Set<string>>;

export function importGraph(root: string, folder = 'src'): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of typeScriptFiles(join(root, folder))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, false);
    const imports = new Set<string>();
    for (const statement of source.statements) {
      if (!(ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement))) continue;
      const specifier = statement.moduleSpecifier;
      if (!specifier || !ts.isStringLiteral(specifier) || !specifier.text.startsWith('.')) continue;
      imports.add(modulePath(root, resolve(dirname(file), specifier.text.replace(/\.js$/, '.ts'))));
    }
    graph.set(modulePath(root, file), imports);
  }
  return graph;
}

/** The import cycles: each a group of modules that reach one another (Tarjan's strongly
 * connected components of more than one module, or a module importing itself). */
export function cyclesOf(graph: ImportGraph): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, next);
    low.set(node, next);
    next += 1;
    stack.push(node);
    onStack.add(node);
    for (const target of graph.get(node) ?? []) {
      if (!graph.has(target)) continue;
      if (!index.has(target)) {
        visit(target);
        low.set(node, Math.min(low.get(node)!, low.get(target)!));
      } else if (onStack.has(target)) {
        low.set(node, Math.min(low.get(node)!, index.get(target)!));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1 || graph.get(node)?.has(node)) cycles.push(group.sort());
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}

/** The features (src/features/<name>/) and which others each imports, with one import as the
 * example of each edge. */
export function featureGraph(graph: ImportGraph): { graph: ImportGraph; example: Map<string, string> } {
  const features: ImportGraph = new Map();
  const example = new Map<string, string>();
  for (const [module, imports] of graph) {
    const from = featureOf(module);
    if (!from) continue;
    if (!features.has(from)) features.set(from, new Set());
    for (const target of imports) {
      const to = featureOf(target);
      if (!to || to === from) continue;
      features.get(from)!.add(to);
      if (!example.has(`${from} -> ${to}`)) example.set(`${from} -> ${to}`, `${module} imports ${target}`);
    }
  }
  for (const targets of features.values()) for (const target of targets) if (!features.has(target)) features.set(target, new Set());
  return { graph: features, example };
}

const featureOf = (module: string) => /^src\/features\/([^/]+)\//.exec(module)?.[1];

const modulePath = (root: string, file: string) => relative(root, file).split(sep).join('/');

function typeScriptFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return typeScriptFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}
