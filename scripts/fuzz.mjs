// `npm run fuzz [runs]`: the property-based edit test (test/unit/fuzz.test.ts) with a larger budget and a
// new seed each time (printed, so that a failure can be replayed with NIANBAO_FUZZ_SEED=… npm run fuzz).
// `npm test` runs the same test with a small budget and a fixed seed.
import { spawnSync } from 'node:child_process';

const runs = process.argv[2] ?? process.env.NIANBAO_FUZZ_RUNS ?? '500';
if (!/^[1-9]\d*$/.test(runs)) {
  console.error(`npm run fuzz [runs]: runs must be a positive whole number, not "${runs}"`);
  process.exit(2);
}
const seed = process.env.NIANBAO_FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
console.log(`fuzz: ${runs} runs, seed ${seed} (replay: NIANBAO_FUZZ_SEED=${seed} npm run fuzz ${runs})`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', 'test/unit/fuzz.test.ts'], {
  stdio: 'inherit',
  env: { ...process.env, NIANBAO_FUZZ_RUNS: runs, NIANBAO_FUZZ_SEED: seed },
});
process.exit(result.status ?? 1);
