// Ends `npm test` with one plain line, "browser: N passed, N failed, N skipped", from the counts
// scripts/count-reporter.mjs wrote.
import { readFileSync } from 'node:fs';

const { passed, failed, skipped } = JSON.parse(readFileSync('coverage/browser-tests.json', 'utf8'));
console.log(`browser: ${passed} passed, ${failed} failed, ${skipped} skipped`);
