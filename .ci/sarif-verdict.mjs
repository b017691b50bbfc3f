// Reads the SARIF log that `Sarif.Multitool validate --output` wrote about one of our SARIF
// files and decides: the validator exits 0 whatever it finds, so this is where CI fails.
//
//   node .ci/sarif-verdict.mjs VALIDATION.sarif CHECKED.sarif
//
// Fails on any error (schema or rule), on any warning not listed in ACCEPTED, and on a
// validator run that did not complete. Notes are counted and listed by rule, not failed on.
import fs from 'node:fs';

/** Warnings we accept, each with the reason; docs/design.md's CI section repeats them. */
const ACCEPTED = {
  SARIF2005: 'tool.driver.informationUri: Copydesk has no public home page yet to point it at',
};

const [validation, checked] = process.argv.slice(2);
const log = JSON.parse(fs.readFileSync(validation, 'utf8'));
const run = log.runs?.[0] ?? {};
const rules = run.tool?.driver?.rules ?? [];
const text = (r) => {
  const rule = rules[r.ruleIndex] ?? rules.find((x) => x.id === r.ruleId);
  let t = r.message?.text ?? rule?.messageStrings?.[r.message?.id]?.text ?? r.message?.id ?? '';
  (r.message?.arguments ?? []).forEach((a, i) => { t = t.split(`{${i}}`).join(a); });
  return t;
};

const counts = {};
const failing = [];
const accepted = [];
for (const r of run.results ?? []) {
  const level = r.level ?? 'warning';
  counts[`${level} ${r.ruleId}`] = (counts[`${level} ${r.ruleId}`] ?? 0) + 1;
  const region = r.locations?.[0]?.physicalLocation?.region;
  const line = `${level} ${r.ruleId} at ${region?.startLine ?? '?'}:${region?.startColumn ?? '?'}: ${text(r)}`;
  if (level === 'error' || (level === 'warning' && !ACCEPTED[r.ruleId])) failing.push(line);
  else if (level === 'warning') accepted.push(`${r.ruleId} (${ACCEPTED[r.ruleId]})`);
}
const invocation = run.invocations?.[0] ?? {};
for (const n of invocation.toolExecutionNotifications ?? []) {
  if ((n.level ?? 'warning') === 'error') failing.push(`validator error: ${n.message?.text}`);
}
if (invocation.executionSuccessful === false) failing.push('the validator did not complete its run');

const summary = Object.entries(counts).sort().map(([k, v]) => `${v} ${k}`).join(', ') || 'nothing';
console.log(`  ${checked}: ${summary}`);
for (const a of [...new Set(accepted)]) console.log(`    accepted warning ${a}`);
if (failing.length > 0) {
  for (const f of failing.slice(0, 50)) console.log(`    FAIL ${f}`);
  if (failing.length > 50) console.log(`    ... and ${failing.length - 50} more`);
  process.exit(1);
}
