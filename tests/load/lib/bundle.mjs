// Benchmark "bundle": the respondent form (route chunk + static imports) as served to a browser
// (`Accept-Encoding: gzip, br`, the bytes received from the app's static server), from
// apps/web/scripts/check-respondent-size.mjs when it exists; "n/a" otherwise.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './app.mjs';
import { fmt } from './stats.mjs';

const SCRIPT = join(root, 'apps/web/scripts/check-respondent-size.mjs');
const BUDGET_KB = 60;

export async function run({ log }) {
  if (!existsSync(SCRIPT)) {
    log('bundle: apps/web/scripts/check-respondent-size.mjs is missing');
    return [
      ['respondent JS+CSS as served', 'n/a', `${BUDGET_KB} KB`, 'n/a', `≤ ${BUDGET_KB} KB`, 'n/a'],
    ];
  }
  const out = spawnSync(process.execPath, [SCRIPT], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const text = `${out.stdout ?? ''}${out.stderr ?? ''}`;
  log(
    text
      .trim()
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );
  // The script's total line: "  total   <raw> KB raw   <served> KB served".
  const total = /^\s*total\s+[\d.]+ KB raw\s+([\d.]+) KB served/m.exec(text);
  const js = [...text.matchAll(/^\s*\S+\.js\s+[\d.]+ KB raw\s+([\d.]+) KB served/gm)].reduce(
    (s, m) => s + Number(m[1]),
    0,
  );
  if (!total)
    return [
      ['respondent JS+CSS as served', 'n/a', `${BUDGET_KB} KB`, 'n/a', `≤ ${BUDGET_KB} KB`, 'n/a'],
    ];
  const kb = Number(total[1]);
  return [
    [
      'respondent JS+CSS as served',
      `${fmt(kb)} KB`,
      `${BUDGET_KB} KB`,
      fmt(kb / BUDGET_KB),
      '≤ 1.00',
      kb <= BUDGET_KB ? 'yes' : 'NO',
    ],
    [
      'respondent JS only as served',
      `${fmt(js)} KB`,
      `${BUDGET_KB} KB`,
      fmt(js / BUDGET_KB),
      '≤ 1.00',
      js <= BUDGET_KB ? 'yes' : 'NO',
    ],
  ];
}
