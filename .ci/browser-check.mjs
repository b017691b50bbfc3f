// Opens Copydesk's HTML reports in headless Chromium, the way a reader would, and fails on
// anything a reader's browser would complain about.
//
//   node .ci/browser-check.mjs REPORTS_DIR SCREENSHOT_DIR
//
// Every page: no console error, no uncaught exception, no Content-Security-Policy violation,
// no failed request, and no request at all other than file: (and data:, which the CSP allows
// for images): a report must never reach the network. Every article report: its highlights
// (mark elements) are styled by the report's own stylesheet, carry a title and link to a
// finding that exists. The richest report is also clicked through (highlight to finding),
// filtered (when the report has [data-filter] inputs), shown in dark mode and screenshotted,
// and index.html is opened and followed to it. Chromium is /usr/bin/chromium unless CHROMIUM
// names another binary.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [reportsDir, shotsDir] = process.argv.slice(2);
if (!reportsDir || !shotsDir) {
  console.error('usage: node .ci/browser-check.mjs REPORTS_DIR SCREENSHOT_DIR');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const problems = [];
const problem = (where, what) => {
  const line = `${where}: ${what}`;
  if (!problems.includes(line)) {
    problems.push(line);
    console.log(`  FAIL ${line}`);
  }
};
const check = (ok, where, what) => {
  if (!ok) problem(where, what);
  return ok;
};

const articles = fs.readdirSync(reportsDir).filter((f) => f.endsWith('.html') && f !== 'index.html').sort();
if (!fs.existsSync(path.join(reportsDir, 'index.html')) || articles.length === 0) {
  console.error(`browser check: no index.html or no article report in ${reportsDir}`);
  process.exit(1);
}
// The report with the most highlights gets the full treatment.
const count = (f) => (fs.readFileSync(path.join(reportsDir, f), 'utf8').match(/<mark[\s>]/g) || []).length;
const richest = articles.reduce((a, b) => (count(b) > count(a) ? b : a));
fs.mkdirSync(shotsDir, { recursive: true });
const shots = [];
const shoot = async (page, name, fullPage = false) => {
  const file = path.resolve(shotsDir, name);
  await page.screenshot({ path: file, fullPage });
  shots.push(file);
};

const browser = await chromium.launch({ executablePath, headless: true, timeout: 60_000 });
try {
  console.log(`browser check: Chromium ${browser.version()} (${executablePath}), ${articles.length} article reports in ${reportsDir}`);
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: 'light' });
  // A report that asks for anything but a local file fails; the request is not let out either.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith('file:') || url.startsWith('data:') ? route.continue() : route.abort('blockedbyclient');
  });

  for (const name of articles) {
    const page = await open(context, path.join(reportsDir, name), name);
    await highlights(page, name);
    if (name === richest) {
      await shoot(page, `${base(name)}-full.png`, true);
      await page.locator('.article').first().scrollIntoViewIfNeeded().catch(() => {});
      await shoot(page, `${base(name)}-light.png`);
      await clickThrough(page, name);
      await filters(page, name);
      await darkMode(page, name);
    }
    await page.close();
  }

  const index = await open(context, path.join(reportsDir, 'index.html'), 'index.html');
  const links = await index.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')));
  check(links.length > 0, 'index.html', 'links to no report');
  for (const href of links) {
    check(!/^[a-z][a-z0-9+.-]*:/i.test(href) && fs.existsSync(path.join(reportsDir, decodeURIComponent(href))),
      'index.html', `link ${href} does not lead to a report beside it`);
  }
  await shoot(index, 'index.png', true);
  await Promise.all([index.waitForURL((u) => u.href.endsWith(encodeURI(richest)) || u.href.endsWith(richest)),
    index.click(`a[href="${richest}"]`)]);
  check((await index.locator('mark').count()) > 0, 'index.html', `following the link to ${richest} shows no highlights`);
  await index.close();
  await context.close();
} finally {
  await browser.close();
}

for (const s of shots) console.log(`  screenshot ${s}`);
if (problems.length > 0) {
  console.log(`browser check: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`browser check: passed (${articles.length + 1} pages, ${shots.length} screenshots)`);

/** A page with every complaint a browser can make wired to problem(). */
async function open(context, file, first) {
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // Named after the page it is on now: following a link moves the complaints along.
  const label = { toString: () => (page.url().startsWith('file:') ? path.basename(new URL(page.url()).pathname) : first) };
  page.on('console', (m) => {
    if (m.type() === 'error') problem(label, `console error: ${m.text()}`);
    else if (m.type() === 'warning') console.log(`  note ${label}: console warning: ${m.text()}`);
  });
  page.on('pageerror', (e) => problem(label, `uncaught exception: ${e.message}`));
  page.on('requestfailed', (r) => problem(label, `request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('file:') && !url.startsWith('data:')) problem(label, `request to ${url}: a report must make no external request`);
  });
  await page.exposeBinding('copydeskCspViolation', (_source, text) => problem(label, `CSP violation: ${text}`));
  await page.addInitScript(() => {
    // A highlight is styled when it shows a visible underline or a background.
    const clear = (c) => /^(transparent|rgba\(0, 0, 0, 0\))$/.test(c);
    window.copydeskStyled = (m) => {
      const cs = getComputedStyle(m);
      return (parseFloat(cs.borderBottomWidth) > 0 && !clear(cs.borderBottomColor)) || !clear(cs.backgroundColor);
    };
    document.addEventListener('securitypolicyviolation', (e) =>
      window.copydeskCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline content'} on line ${e.lineNumber}`));
  });
  const response = await page.goto(pathToFileURL(path.resolve(file)).href, { waitUntil: 'load' });
  check(response === null || response.ok(), first, 'did not load');
  await frame(page);
  return page;
}

/** Highlights exist, are styled by the report's stylesheet (so the CSP let it in), and lead to their findings. */
async function highlights(page, label) {
  const info = await page.evaluate(() => {
    const marks = [...document.querySelectorAll('mark')];
    const findings = document.querySelectorAll('ol.findings > li').length;
    const first = marks[0] && getComputedStyle(marks[0]);
    return {
      marks: marks.length,
      findings,
      untitled: marks.filter((m) => !m.title).length,
      unlinked: marks.filter((m) => !m.querySelector('a[href^="#"]')).length,
      dangling: marks.map((m) => m.querySelector('a[href^="#"]')?.getAttribute('href'))
        .filter((h) => h && !document.getElementById(decodeURIComponent(h.slice(1)))),
      // Info highlights start filtered out; what counts is that some highlight is styled.
      border: marks.filter((m) => window.copydeskStyled(m)).length,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  if (info.findings > 0) check(info.marks > 0, label, `${info.findings} findings but no highlight in the article`);
  check(info.untitled === 0, label, `${info.untitled} highlights without a title`);
  check(info.unlinked === 0, label, `${info.unlinked} highlights without a link to their finding`);
  check(info.dangling.length === 0, label, `highlights link to missing findings: ${info.dangling.slice(0, 5).join(' ')}`);
  if (info.marks > 0) check(info.border > 0, label, 'highlights are unstyled: the report stylesheet did not apply');
  console.log(`  ${label}: ${info.marks} highlights, ${info.findings} findings, page background ${info.background}`);
}

/** Clicking a highlight jumps to its finding, which is then the :target and on screen. */
async function clickThrough(page, label) {
  // The first highlight a reader can see: filtered-out ones (info starts hidden) are not offered.
  const index = await page.evaluate(() => [...document.querySelectorAll('mark')].findIndex((m) => window.copydeskStyled(m)));
  if (index < 0) return;
  const link = page.locator('mark').nth(index).locator('a[href^="#"]').first();
  if ((await link.count()) === 0) return;
  const href = await link.getAttribute('href');
  await link.click();
  await frame(page);
  const state = await page.evaluate(() => {
    const t = document.querySelector(':target');
    const r = t?.getBoundingClientRect();
    return { hash: location.hash, target: t?.id, onScreen: !!r && r.bottom > 0 && r.top < innerHeight };
  });
  check(state.hash === href && state.target === href.slice(1) && state.onScreen, label,
    `clicking the highlight ${href} did not bring its finding into view (${JSON.stringify(state)})`);
}

/**
 * Filters, where the report has them: inputs with a data-filter attribute (or inside an element
 * with one). Each one that is on is turned off: the highlights it governs must stop being shown
 * (display/visibility, or their highlight styling gone), no other highlight may go, and turning
 * it back on must restore every highlight. A highlight is governed by a filter when its classes
 * or data attribute values share a word with the filter's data-filter value or its value.
 */
async function filters(page, label) {
  const inputs = page.locator('input[data-filter], [data-filter] input');
  const n = await inputs.count();
  if (n === 0) {
    const others = await page.locator('[data-filter]').count();
    console.log(`  ${label}: no filters found` + (others > 0 ? ` (${others} [data-filter] elements, none an input: not exercised)` : ''));
    return;
  }
  let effective = 0;
  for (let i = 0; i < n; i++) {
    const input = inputs.nth(i);
    const desc = await input.evaluate((el) => {
      const holder = el.closest('[data-filter]');
      const words = [el.dataset.filter, holder?.dataset.filter, el.value]
        .filter(Boolean).flatMap((v) => v.toLowerCase().split(/[\s,:=]+/)).filter((w) => w && w !== 'on');
      return { checked: el.checked, type: el.type, words, text: (el.labels?.[0]?.textContent || el.value || '').trim() };
    });
    if (!['checkbox', 'radio'].includes(desc.type) || !desc.checked) continue;
    const before = await shown(page, desc.words);
    await toggle(input);
    const after = await shown(page, desc.words);
    const hidden = before.map((m, k) => m.shown && !after[k].shown ? k : -1).filter((k) => k >= 0);
    const related = before.map((m, k) => m.shown && m.related ? k : -1).filter((k) => k >= 0);
    const what = `filter "${desc.text || desc.words.join(' ')}"`;
    if (related.length > 0) {
      check(hidden.length > 0, label, `turning off ${what} hid none of its ${related.length} highlights`);
      const stray = hidden.filter((k) => !before[k].related);
      check(stray.length === 0, label, `turning off ${what} hid ${stray.length} highlights it does not govern`);
    }
    if (hidden.length > 0) {
      effective++;
      if (effective === 1) await shoot(page, `${base(label)}-filtered.png`);
      console.log(`  ${label}: turning off ${what} hid ${hidden.length} of ${before.filter((m) => m.shown).length} highlights`);
    }
    if (desc.type === 'checkbox') {
      await toggle(input);
      const restored = await shown(page, desc.words);
      check(restored.every((m, k) => m.shown === before[k].shown), label, `turning ${what} back on did not restore its highlights`);
    }
  }
  check(effective > 0, label, `${n} filter inputs, but turning them off hid no highlight`);
}

/** For every mark: whether it is shown as a highlight, and whether the given words name it. */
function shown(page, words) {
  return page.evaluate((words) => [...document.querySelectorAll('mark')].map((m) => {
    const cs = getComputedStyle(m);
    const visible = m.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
    const styled = window.copydeskStyled(m);
    const own = [...m.classList, ...Object.values(m.dataset).flatMap((v) => v.toLowerCase().split(/[\s,:=]+/))]
      .map((w) => w.toLowerCase());
    return { shown: visible && styled, related: words.some((w) => own.includes(w)) };
  }), words);
}

async function toggle(input) {
  try {
    await input.click({ timeout: 3_000 });
  } catch {
    await input.dispatchEvent('click'); // a visually hidden checkbox behind a styled label
  }
  await frame(input.page());
}

/** Dark mode: no new complaint, highlights still styled; the page turns dark if the stylesheet has dark rules. */
async function darkMode(page, label) {
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightStyled = await page.evaluate(() => [...document.querySelectorAll('mark')].filter((m) => window.copydeskStyled(m)).length);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('.article').first().scrollIntoViewIfNeeded().catch(() => {});
  await frame(page);
  const dark = await page.evaluate(() => ({
    background: getComputedStyle(document.body).backgroundColor,
    rules: [...document.styleSheets].some((s) => [...s.cssRules].some((r) => (r.conditionText || r.media?.mediaText || '')
      .includes('prefers-color-scheme'))),
    styled: [...document.querySelectorAll('mark')].filter((m) => window.copydeskStyled(m)).length,
  }));
  check(dark.styled === lightStyled && lightStyled > 0, `${label} (dark)`,
    `highlights lost their styling (${dark.styled} styled in dark mode, ${lightStyled} in light)`);
  if (dark.rules) {
    check(dark.background !== light, `${label} (dark)`, `the stylesheet has dark rules but the page background stayed ${light}`);
  } else {
    console.log(`  ${label}: no dark-mode rules in the stylesheet; dark mode emulated without errors`);
  }
  await shoot(page, `${base(label)}-dark.png`);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Lets styles and scripts settle: two animation frames. */
function frame(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

function base(name) {
  return name.replace(/\.html$/, '');
}
