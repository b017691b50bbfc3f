// Drives the web editor of `copydesk serve` in headless Chromium as an editor would: paste an
// article, wait for the audit, read the verdict and the fix list, click a fix, put the cursor in
// a highlight, switch on dark mode; and paste hostile text that must never run.
//
//   node .ci/editor-check.mjs JAR ARTICLE SCREENSHOT_DIR
//
// Fails on any console error, uncaught exception, CSP violation, request that leaves the server,
// or a check below. The server runs on a free loopback port and is stopped at the end.
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const [jar, articleFile, shotsDir] = process.argv.slice(2);
if (!jar || !articleFile || !shotsDir) {
  console.error('usage: node .ci/editor-check.mjs JAR ARTICLE SCREENSHOT_DIR');
  process.exit(2);
}
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const problems = [];
const check = (ok, what) => {
  if (!ok && !problems.includes(what)) {
    problems.push(what);
    console.log(`  FAIL ${what}`);
  }
  return ok;
};
fs.mkdirSync(shotsDir, { recursive: true });

// Start the server and read its address from the line it prints.
const server = spawn('java', ['-jar', jar, 'serve', '--port', '0', '--no-config'], { stdio: ['ignore', 'ignore', 'pipe'] });
const base = await new Promise((resolve, reject) => {
  let seen = '';
  const timer = setTimeout(() => reject(new Error(`the server did not start: ${seen}`)), 60_000);
  server.stderr.on('data', (chunk) => {
    seen += chunk;
    const m = seen.match(/is at (http:\/\/127\.0\.0\.1:\d+\/)/);
    if (m) { clearTimeout(timer); resolve(m[1]); }
  });
  server.on('exit', (code) => reject(new Error(`the server exited with ${code}: ${seen}`)));
});
console.log(`editor check: ${base}`);

const browser = await chromium.launch({ executablePath, headless: true, timeout: 60_000 });
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, colorScheme: 'light' });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base)) return route.continue();
    check(false, `a request left the server: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') check(false, `console error: ${m.text()}`); });
  page.on('pageerror', (e) => check(false, `uncaught exception: ${e.message}`));
  await page.goto(base);

  // An article, pasted.
  const article = fs.readFileSync(articleFile, 'utf8');
  await page.locator('#text').fill(article);
  await page.waitForFunction(() => document.getElementById('verdict').textContent.startsWith('Score'), null, { timeout: 30_000 });
  const verdict = await page.locator('#verdict').textContent();
  console.log(`  verdict: ${verdict}`);
  check(/claims without a source/.test(verdict), `the verdict counts unsourced claims: ${verdict}`);
  const marks = await page.locator('#backdrop mark').count();
  check(marks >= 3, `highlights appear (${marks})`);
  const styles = await page.$$eval('#backdrop mark', (ms) => [...new Set(ms.map((m) => getComputedStyle(m).textDecorationStyle))]);
  check(styles.every((s) => ['solid', 'wavy', 'dotted'].includes(s)), `each severity has an underline style: ${styles}`);
  const cards = await page.locator('#fix-list li.fix').count();
  check(cards >= 2, `the fix list has cards (${cards})`);
  const firstCard = await page.locator('#fix-list li.fix').first().textContent();
  check(!/[a-z]+\.[a-z-]+/.test(firstCard.split('\n')[0]), `no rule id as a label: ${firstCard.slice(0, 80)}`);

  // The first screen holds the verdict, the fix list and the start of the text.
  for (const selector of ['#verdict', '#fix-list li.fix', '#text']) {
    const box = await page.locator(selector).first().boundingBox();
    check(box && box.y < 768 && box.y >= 0, `${selector} starts on the first screen at 1366x768 (y=${box && box.y})`);
  }
  await page.screenshot({ path: path.join(shotsDir, 'editor-light.png') });

  // A fix, clicked: the text selects it and the panel beside explains it.
  const jump = page.locator('#fix-list li.fix a.jump').last();
  const label = (await jump.textContent()).replace('…', '');
  await jump.click();
  const selected = await page.evaluate(() => {
    const t = document.getElementById('text');
    return t.value.slice(t.selectionStart, t.selectionEnd).replace(/\s+/g, ' ');
  });
  check(selected.startsWith(label.trim().slice(0, 20)), `clicking a fix selects its text: "${label}" vs "${selected}"`);
  check(await page.locator('#here .finding').count() >= 1, 'the panel beside the text explains the selected finding');
  check((await page.evaluate(() => document.activeElement.id)) === 'text', 'the text has the focus after a fix is clicked');

  // Dark mode.
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  check(background !== 'rgb(251, 251, 250)', `dark mode changes the page (${background})`);
  await page.screenshot({ path: path.join(shotsDir, 'editor-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Hostile text: shown as text, never run or loaded.
  const hostile = 'Shocking <img src=x onerror="window.__pwned=1"> headline!\n\n<script>window.__pwned=1</script> '
    + '<a href="javascript:window.__pwned=1">link</a> <style>body{display:none}</style> Experts say it is '
    + 'unprecedented. \\3c script\\3e  "quoted </textarea><b>bold</b>';
  const before = await page.locator('#verdict').textContent();
  await page.locator('#text').fill(hostile);
  await page.waitForFunction((b) => document.getElementById('verdict').textContent !== b, before, { timeout: 30_000 });
  check(await page.locator('#backdrop mark').count() >= 2, 'the hostile article is audited and marked');
  const pwned = await page.evaluate(() => window.__pwned);
  check(pwned === undefined, 'hostile text never runs');
  const injected = await page.evaluate(() => document.querySelectorAll('#backdrop img, #backdrop script, #backdrop a, #backdrop b, '
    + '#fix-list img, #fix-list script, #here img, #claims img, style:not([data-copydesk])').length);
  check(injected === 0, `hostile text never becomes markup (${injected} elements)`);
  await page.screenshot({ path: path.join(shotsDir, 'editor-hostile.png') });
} finally {
  await browser.close();
  server.kill('SIGTERM');
}
if (problems.length) {
  console.log(`editor check: FAILED (${problems.length})`);
  process.exit(1);
}
console.log('editor check: passed');
