// A web-test-runner reporter that counts passed, failed and skipped tests of one engine's run, for
// the closing lines scripts/test-browsers.mjs prints.
import { mkdirSync, writeFileSync } from 'node:fs';
// Files that fail to load count as failures, so a broken import cannot pass as "0 failed".

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function countReporter(engine) {
  return {
    stop({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (
          !session.passed &&
          !session.testResults?.tests.length &&
          !session.testResults?.suites.length
        ) {
          totals.failed++;
        }
      }
      mkdirSync('coverage', { recursive: true });
      writeFileSync(`coverage/browser-tests-${engine}.json`, JSON.stringify(totals));
    },
  };
}
