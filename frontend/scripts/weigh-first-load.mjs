// Weighs a route's first load: the JavaScript a browser fetches from the page's entry to the route drawn,
// in Brotli bytes (the copy the backend sends, see compress-dist.mjs), following the build manifest
// (dist/.vite/manifest.json): the entry, then each dynamic import the route waits for, each with the
// closure of its static imports (what the browser fetches before the module runs).
//
//   node scripts/weigh-first-load.mjs [--json] [--dist DIR] [preset|src/module.tsx …]
//
// Presets name what a screen waits for; without arguments every preset is weighed. Exits 1 when a
// preset with a budget is over it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

/** Issue 15: a phone's first load, login to usable, ≤ 150 KB compressed (the village home, the 五老 list). */
const phoneBudget = 150 * 1024;

/** The Chinese words of these namespaces (lib/i18n.ts fetches each language's bundles on demand). */
const words = (...namespaces) => namespaces.map((namespace) => `src/locales/zh-CN/${namespace}.json`);

const presets = {
  'sign-in': { modules: [], note: 'before the sign-in page (not signed in)' },
  'village-home-phone': {
    modules: ['src/mount.tsx', 'src/features/home/routes/home-route.tsx', ...words('common', 'home')],
    note: 'village staff on a phone, signed in',
    budget: phoneBudget,
  },
  'village-home-desktop': {
    modules: [
      'src/mount.tsx',
      'src/app/layout/desktop-layout.tsx',
      'src/features/home/routes/home-route.tsx',
      ...words('common', 'home'),
    ],
    note: 'village staff at a desk',
  },
  'volunteers-phone': {
    modules: [
      'src/mount.tsx',
      'src/features/volunteers/routes/volunteers-route.tsx',
      ...words('common', 'home', 'volunteers', 'volunteerImports'),
    ],
    note: '五老队伍 opened directly on a phone',
    budget: phoneBudget,
  },
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const distAt = args.indexOf('--dist');
const dist = distAt >= 0 ? args[distAt + 1] : new URL('../dist/', import.meta.url).pathname;
const names = args.filter((arg, i) => !arg.startsWith('--') && (distAt < 0 || i !== distAt + 1));

const manifestPath = join(dist, '.vite', 'manifest.json');
if (!existsSync(manifestPath)) {
  console.error(`${manifestPath} is missing: build first (npx vite build)`);
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);

/** The chunk files a module needs before it runs: itself and its static imports, transitively. */
function closure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk) throw new Error(`not in the manifest: ${key} (a module of the build, e.g. src/mount.tsx)`);
  if (files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
}

function brotliBytes(file) {
  const copy = join(dist, `${file}.br`);
  if (existsSync(copy)) return readFileSync(copy).length;
  const body = readFileSync(join(dist, file));
  return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}

function weigh(modules) {
  const files = closure(entry);
  for (const module of modules) closure(module, files);
  const scripts = [...files]
    .filter((file) => file.endsWith('.js'))
    .map((file) => ({ file, raw: readFileSync(join(dist, file)).length, brotli: brotliBytes(file) }))
    .sort((a, b) => b.brotli - a.brotli);
  const sum = (key) => scripts.reduce((total, script) => total + script[key], 0);
  return { scripts, raw: sum('raw'), brotli: sum('brotli') };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
// Preset names are weighed one by one; module paths given together are one load.
const given = names.filter((name) => !presets[name]);
const wanted = names.length === 0 ? Object.keys(presets) : names.filter((name) => presets[name]);
if (given.length > 0) wanted.push(given.join(' + '));
const results = {};
let over = false;
for (const name of wanted) {
  const preset = presets[name] ?? { modules: given, note: 'given modules' };
  const result = weigh(preset.modules);
  results[name] = { ...result, budget: preset.budget };
  if (preset.budget && result.brotli > preset.budget) over = true;
  if (json) continue;
  const verdict = preset.budget
    ? result.brotli <= preset.budget
      ? ` — within ${kb(preset.budget)}`
      : ` — OVER ${kb(preset.budget)}`
    : '';
  console.log(
    `${name} (${preset.note}): ${result.scripts.length} scripts, ${kb(result.raw)} raw, ${kb(result.brotli)} Brotli${verdict}`,
  );
  for (const script of result.scripts) {
    console.log(`  ${kb(script.brotli).padStart(9)}  ${kb(script.raw).padStart(9)} raw  ${script.file}`);
  }
}
if (json) console.log(JSON.stringify(results, null, 2));
process.exit(over ? 1 : 0);
