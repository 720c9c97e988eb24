// Lighthouse 12 (mobile preset, simulated throttling) on the three screens a phone user meets first: the
// sign-in page, the village home signed in with a cold cache, and the 五老 list signed in. Run through
// `./ggw bench lighthouse` (it installs Lighthouse into .ggw/tools, outside node_modules, and needs the app
// of `./ggw run`):
//
//   node scripts/lighthouse.mjs --base http://localhost:8080 --tools ../.ggw/tools [--out DIR] [--json]
//
// Signed-in pages: puppeteer signs in on our Keycloak page first; Lighthouse then keeps the cookies (the
// Keycloak session, so the app's redirect comes straight back signed in) but the browser's cache is emptied
// before each page, so every page is a cold load for the browser (the servers are warmed by one untimed pass
// first). Simulated timings grow with the machine's load: the load average is printed beside the scores.
// Exits 1 when a page is below performance 90 or accessibility 95.
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const base = option('--base', 'http://localhost:8080').replace(/\/$/, '');
const tools = resolve(option('--tools', '../.ggw/tools'));
const out = resolve(option('--out', join(tools, '..', 'lighthouse')));
const json = args.includes('--json');
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const user = process.env.GGW_LH_USER ?? 'village.staff';
const password = process.env.GGW_LH_PASSWORD ?? 'Demo@2026';
const targets = { performance: 90, accessibility: 95 };

const load = (path) => import(pathToFileURL(join(tools, 'node_modules', path)).href);
const { default: lighthouse } = await load('lighthouse/core/index.js');
const { default: puppeteer } = await load('puppeteer-core/lib/esm/puppeteer/puppeteer-core.js');

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  defaultViewport: null,
});

const pages = [
  { name: 'sign-in', note: 'the sign-in page (not signed in)', path: '/', signedIn: false },
  { name: 'village-home', note: 'village home, signed in, cold cache', path: '/', signedIn: true },
  { name: 'volunteers', note: '五老队伍, signed in, cold cache', path: '/volunteers', signedIn: true },
];

async function signIn(page) {
  await page.goto(`${base}/`, { waitUntil: 'networkidle0' });
  await page.type('#username', user);
  await page.type('#password', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.click('#kc-login')]);
  if (!page.url().startsWith(base))
    throw new Error(`signing in as ${user} did not return to the app: ${page.url()}`);
}

/**
 * One untimed pass over the pages first, in a browser context of its own (its cookies and cache are thrown
 * away): a server that has just started compiles templates and queries on first use (Keycloak's first
 * sign-in page took 1.5 s, the next ones 50 ms; the first 五老 list ~1 s), and a phone meets a server that
 * has been running for a while. Lighthouse takes the server's response times as measured.
 */
async function warmUp() {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await signIn(page);
    for (const target of pages.filter((p) => p.signedIn))
      await page.goto(`${base}${target.path}`, { waitUntil: 'networkidle0' });
  } finally {
    await context.close();
  }
}

const results = [];
const loadBefore = loadavg()[0];
try {
  await warmUp();
  const page = await browser.newPage();
  let signedIn = false;
  for (const target of pages) {
    if (target.signedIn && !signedIn) {
      await signIn(page);
      signedIn = true;
    }
    // Cold cache, cookies kept: the signed-in pages' session survives, nothing is served from the cache.
    const cdp = await page.createCDPSession();
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const flags = {
      logLevel: 'error',
      output: 'html',
      onlyCategories: ['performance', 'accessibility'],
      // The sign-in page is measured as a stranger sees it (storage reset); the others keep the session.
      disableStorageReset: target.signedIn,
    };
    const run = await lighthouse(`${base}${target.path}`, flags, undefined, page);
    const { lhr, report } = run;
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, `${target.name}.html`), report);
    writeFileSync(join(out, `${target.name}.json`), JSON.stringify(lhr));
    const score = (category) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
    const failing = Object.values(lhr.audits)
      .filter(
        (audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative',
      )
      .filter((audit) =>
        Object.values(lhr.categories).some((c) =>
          c.auditRefs.some((ref) => ref.id === audit.id && ref.weight > 0),
        ),
      )
      .map((audit) => `${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
    results.push({
      ...target,
      finalUrl: lhr.finalDisplayedUrl,
      performance: score('performance'),
      accessibility: score('accessibility'),
      fcp: lhr.audits['first-contentful-paint'].displayValue,
      lcp: lhr.audits['largest-contentful-paint'].displayValue,
      tbt: lhr.audits['total-blocking-time'].displayValue,
      cls: lhr.audits['cumulative-layout-shift'].displayValue,
      failing,
    });
  }
} finally {
  await browser.close();
}
const loadAfter = loadavg()[0];

let missed = false;
for (const r of results)
  if (r.performance < targets.performance || r.accessibility < targets.accessibility) missed = true;
if (json) {
  console.log(JSON.stringify({ base, load: [loadBefore, loadAfter], results }, null, 2));
} else {
  console.log(
    `Lighthouse 12 mobile, simulated throttling, ${base}; load average ${loadBefore.toFixed(1)} → ${loadAfter.toFixed(1)}`,
  );
  console.log(`reports: ${out}/<page>.html`);
  for (const r of results) {
    console.log(
      `${r.name.padEnd(13)} performance ${String(r.performance).padStart(3)}  accessibility ${String(r.accessibility).padStart(3)}` +
        `  FCP ${r.fcp}, LCP ${r.lcp}, TBT ${r.tbt}, CLS ${r.cls}  (${r.note}; ${r.finalUrl})`,
    );
    if (r.failing.length > 0) console.log(`${' '.repeat(15)}below 0.9: ${r.failing.join(', ')}`);
  }
  console.log(missed ? `targets (performance ≥ 90, accessibility ≥ 95): missed` : 'targets met');
}
process.exit(missed ? 1 : 0);
