import type { ImportGraph } from './import-graph.js';

// One feature importing another's internals: any module of src/features/<name>/ that is not on
// that feature's surface (scripts/architecture/feature-surfaces.ts). Code outside the features
// (the composition root above all) may import anything.

type Surfaces = Readonly<Record<string, Readonly<Record<string, string>>>>;

const FEATURE_MODULE = /^src\/features\/([^/]+)\/(.+)$/;

const onSurface = (surface: Readonly<Record<string, string>> | undefined, module: string) =>
  surface !== undefined && Object.keys(surface).some((entry) => (entry.endsWith('/') ? module.startsWith(entry) : module === entry));

/** Every import of another feature's internals, as `module imports target, not on the surface of feature`. */
export function internalImports(graph: ImportGraph, surfaces: Surfaces): string[] {
  const found: string[] = [];
  for (const [module, imports] of graph) {
    const from = FEATURE_MODULE.exec(module)?.[1];
    if (!from) continue;
    for (const target of imports) {
      const [, to, inside] = FEATURE_MODULE.exec(target) ?? [];
      if (!to || !inside || to === from || onSurface(surfaces[to], inside)) continue;
      found.push(`${module} imports ${target}, not on the surface of ${to}`);
    }
  }
  return found.sort();
}

/** Surface entries that name no module of their feature (moved or deleted since). */
export function staleSurfaceEntries(graph: ImportGraph, surfaces: Surfaces): string[] {
  const modules = [...graph.keys()];
  return Object.entries(surfaces).flatMap(([feature, surface]) =>
    Object.keys(surface)
      .filter((entry) => !modules.some((module) => (entry.endsWith('/') ? module.startsWith(`src/features/${feature}/${entry}`) : module === `src/features/${feature}/${entry}`)))
      .map((entry) => `${feature}: ${entry}`),
  );
}
