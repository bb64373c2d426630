// Runs a command with its output held back: silent on success, everything (stdout and stderr, in
// order) printed when it fails, with its exit code. `npm start` uses it so a good build makes no noise.
import { spawn } from 'node:child_process';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node tools/quiet.mjs <command> [args…]\n');
  process.exit(2);
}
const chunks = [];
const child = spawn(command, args, {
  stdio: ['ignore', 'pipe', 'pipe'],
  shell: process.platform === 'win32',
});
child.stdout.on('data', (c) => chunks.push(c));
child.stderr.on('data', (c) => chunks.push(c));
child.on('error', (error) => {
  process.stderr.write(`could not run ${command}: ${error.message}\n`);
  process.exit(1);
});
child.on('close', (code, signal) => {
  if (code === 0) return;
  process.stderr.write(Buffer.concat(chunks));
  process.stderr.write(
    `\n${[command, ...args].join(' ')} failed (${signal ?? `exit code ${code}`})\n`,
  );
  process.exit(code ?? 1);
});
