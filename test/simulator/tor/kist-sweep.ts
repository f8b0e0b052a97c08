// Runs the KIST example's variants for docs/validation.md (not a test: it takes minutes).
//   node --import tsx test/simulator/tor/kist-sweep.ts OUT_DIR DURATION_S WARMUP_S SEEDS WORKER WORKERS VARIANT.json…
// VARIANT.json files come from `npm run tornet -- model examples/kist-load-loss.tornet --variant NAME`.
// Each (variant, seed) run is written to OUT_DIR/NAME.seed-N.json; runs are split over WORKERS
// processes by index, so two of them use both cores.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { simulateConfiguration } from '../../../simulator/run';

const [out, duration, warmup, seeds, worker, workers, ...files] = process.argv.slice(2);
mkdirSync(out!, { recursive: true });
let index = 0;
for (const seed of seeds!.split(',').map(Number)) {
  for (const file of files) {
    if (index++ % Number(workers) !== Number(worker)) continue;
    const variant = JSON.parse(readFileSync(file, 'utf8'));
    const config = { ...variant.config, run: { ...variant.config.run, duration: Number(duration), warmup: Number(warmup) } };
    const start = performance.now();
    const metrics = simulateConfiguration(config, seed);
    const wallSeconds = (performance.now() - start) / 1000;
    const name = basename(file, '.json');
    writeFileSync(join(out!, `${name}.seed-${seed}.json`), JSON.stringify({ variant: name, wallSeconds, metrics }));
    console.log(`${name} seed ${seed}: ${wallSeconds.toFixed(1)} s wall, ${metrics.events} events`);
  }
}
