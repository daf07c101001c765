#!/usr/bin/env node
// Runs the compiled build in dist/ (`npm run build`; `npm ci` builds it through
// the `prepare` script). Tests run the TypeScript sources through tsx instead
// (test/support/cli-from-source.ts).
let cli;
try {
  cli = await import('../dist/cli/main.js');
} catch (err) {
  if (err?.code !== 'ERR_MODULE_NOT_FOUND' || !String(err.message).includes('dist/cli/main.js')) throw err;
  process.stderr.write('news-alert: the build is missing (dist/cli/main.js). Run `npm run build` (npm ci runs it too).\n');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
