import { expect } from 'chai';
import { fileURLToPath } from 'node:url';
import { cyclesOf, featureGraph, importGraph, type ImportGraph } from '../../../scripts/architecture/import-graph.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const graphOf = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('the import structure of src/ (issue 18)', () => {
  it('when modules import one another in a ring, then the check names the ring; a chain is no cycle', () => {
    const ring = graphOf({ a: ['b'], b: ['c'], c: ['a'], d: ['a'], e: ['e'] });
    expect(cyclesOf(ring)).to.deep.equal([['a', 'b', 'c'], ['e']]);
    expect(cyclesOf(graphOf({ a: ['b'], b: ['c'], c: [] }))).to.deep.equal([]);
  });

  it('when features are grouped, then an import between two files of two features is an edge between the features', () => {
    const { graph, example } = featureGraph(graphOf({
      'src/features/balance/a.ts': ['src/features/cards/b.ts', 'src/features/balance/c.ts', 'src/clock.ts'],
      'src/features/cards/b.ts': [],
    }));
    expect([...graph.get('balance')!]).to.deep.equal(['cards']);
    expect(example.get('balance -> cards')).to.equal('src/features/balance/a.ts imports src/features/cards/b.ts');
  });

  it('when src/ is read, then no module is part of an import cycle (type-only imports included)', () => {
    const graph = importGraph(root);
    expect(graph.size, 'the graph reads the source').to.be.greaterThan(100);
    expect(cyclesOf(graph), 'move what both sides need into a third module, or pass it in through a port').to.deep.equal([]);
  });

  it('when features import one another, then the features form no cycle: one builds on the other, never both ways', () => {
    const { graph, example } = featureGraph(importGraph(root));
    expect(graph.get('charges'), 'features are found').to.include('cards');
    const cycles = cyclesOf(graph).map((group) => group.flatMap((from) => group.filter((to) => graph.get(from)!.has(to)).map((to) => example.get(`${from} -> ${to}`))));
    expect(cycles, 'the feature that is built on exports a port (an interface) that the other fills in the composition root').to.deep.equal([]);
  });
});
