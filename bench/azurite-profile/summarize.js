// Prints where a .cpuprofile window's time went: busy time, then the functions with the most self time and the most
// inclusive time (a function counted once per sample however deep it recurs). Usage: node summarize.js FILE [TOP]
'use strict';
const fs = require('fs');

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node summarize.js FILE.cpuprofile [TOP]');
  process.exit(2);
}

const top = Number(topArg || 25);
const profile = JSON.parse(fs.readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);

const label = (n) => {
  const f = n.callFrame;
  const url = f.url.split('/node_modules/').pop().replace('azurite/dist/src/', '');
  return `${f.functionName || '(anonymous)'} ${url}:${f.lineNumber + 1}`;
};
const self = new Map();
const inclusive = new Map();
const add = (map, key, us) => map.set(key, (map.get(key) || 0) + us);
let total = 0;
profile.samples.forEach((id, i) => {
  const us = profile.timeDeltas[i];
  total += us;
  add(self, label(nodes.get(id)), us);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const key = label(nodes.get(at));
    if (!seen.has(key)) {
      seen.add(key);
      add(inclusive, key, us);
    }
  }
});

const idle = self.get('(idle) :0') || 0;
console.log(`window ${(total / 1e6).toFixed(1)} s, busy ${((total - idle) / 1e6).toFixed(1)} s`);
for (const [title, map] of [['self', self], ['inclusive', inclusive]]) {
  console.log(`-- ${title}`);
  [...map.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)
    .forEach(([key, us]) => console.log(`${(us / 1e3).toFixed(0).padStart(9)} ms  ${key}`));
}
