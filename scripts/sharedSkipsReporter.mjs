// A node --test reporter for scripts/test.mjs: counts the tests and groups of tests skipped because ../shared
// is missing (the skip reason of sharedTest/describeShared in test/unit/fixtures.ts) and writes the counts as JSON.
const SHARED_SKIP_REASON = 'needs ../shared';

export default async function* sharedSkips(source) {
  let tests = 0;
  let groups = 0;
  for await (const event of source) {
    if (event.type !== 'test:pass' || event.data.skip !== SHARED_SKIP_REASON) continue;
    if (event.data.details?.type === 'suite') groups++;
    else tests++;
  }
  yield `${JSON.stringify({ tests, groups })}\n`;
}
