/**
 * The fallback CPU load for tests/stress/run.sh where stress-ng is missing: N worker threads that spin
 * until a hard deadline, so a load left behind by a killed parent still ends on its own.
 * Usage: node cpu-load.mjs <workers> <seconds>
 */
import { Worker } from 'node:worker_threads';

const workers = Math.max(1, Number(process.argv[2] ?? 2));
const seconds = Math.max(1, Number(process.argv[3] ?? 600));
const deadline = Date.now() + seconds * 1000;

const spin = `const end = ${deadline}; let x = 0; while (Date.now() < end) x = (x * 31 + 7) % 1000003;`;
for (let i = 0; i < workers; i++) new Worker(spin, { eval: true });

const stop = () => process.exit(0);
setTimeout(stop, deadline - Date.now()).unref();
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
