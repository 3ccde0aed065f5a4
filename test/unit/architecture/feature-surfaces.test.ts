import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { FEATURE_SURFACES } from '../../../scripts/architecture/feature-surfaces.js';
import { importGraph, type ImportGraph } from '../../../scripts/architecture/import-graph.js';
import { internalImports, staleSurfaceEntries } from '../../../scripts/architecture/internal-imports.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe("what one feature imports of another's (issue 18)", () => {
  it("when a feature imports another's store, then the check names it; its port, its rules/ folder and its own modules pass", () => {
    const graph = graphOf({
      'src/features/balance/a.ts': ['src/features/cards/card-store.ts', 'src/features/cards/port.ts', 'src/features/cards/rules/x.ts', 'src/features/balance/b.ts', 'src/clock.ts'],
      'src/composition/compose.ts': ['src/features/cards/card-store.ts'],
      'src/features/cards/port.ts': [],
    });
    expect(internalImports(graph, { cards: { 'port.ts': '', 'rules/': '' } })).to.deep.equal([
      "src/features/balance/a.ts imports src/features/cards/card-store.ts, not on the surface of cards",
    ]);
    expect(staleSurfaceEntries(graph, { cards: { 'port.ts': '', 'gone.ts': '' } })).to.deep.equal(['cards: gone.ts']);
  });

  it("when src/features is read, then no feature imports another's internals: only what the owner puts on its surface", () => {
    expect(internalImports(importGraph(root), FEATURE_SURFACES), 'import a port the owner exports, or put the module on its surface in scripts/architecture/feature-surfaces.ts with a reason').to.deep.equal([]);
  });

  it('when the surfaces are read, then each entry names a module or folder its feature has', () => {
    expect(staleSurfaceEntries(importGraph(root), FEATURE_SURFACES)).to.deep.equal([]);
  });
});
