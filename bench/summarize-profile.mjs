// Self time of a .cpuprofile grouped by package or source file, over a window of its last seconds:
//   node bench/summarize-profile.mjs <file.cpuprofile> [from seconds before the end] [to seconds before the end]
// (e.g. `… 11 1`: the 10 seconds that ended one second before the profile did, the load's steady state).
import { readFileSync } from 'node:fs';

const [file, fromArg, toArg] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const from = profile.endTime - Number(fromArg ?? 1e9) * 1e6;
const to = profile.endTime - Number(toArg ?? 0) * 1e6;
const groupOf = (node) => {
  const where = node.callFrame.url || node.callFrame.functionName;
  const inPackage = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(where);
  if (inPackage) return inPackage[1];
  if (where.includes('/src/')) return `src/${where.split('/src/')[1]}`;
  return where || '(anonymous)';
};
const byGroup = new Map();
let total = 0;
let at = profile.startTime;
profile.samples.forEach((id, index) => {
  const delta = profile.timeDeltas[index] ?? 0;
  at += delta;
  if (at < from || at > to) return;
  total += delta;
  const group = groupOf(nodes.get(id));
  byGroup.set(group, (byGroup.get(group) ?? 0) + delta);
});
console.log(`${(total / 1000).toFixed(0)} ms of samples`);
for (const [group, time] of [...byGroup].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${((100 * time) / total).toFixed(1).padStart(5)} %  ${group}`);
