/**
 * The CLI from the TypeScript sources, run through tsx: what bin/news-alert.js
 * runs from the build, so CLI tests exercise the code as it is now, not the
 * last build (test/bin.test.ts checks the build itself).
 */
import { main } from '../../src/cli/main.ts';

process.exitCode = await main(process.argv.slice(2));
