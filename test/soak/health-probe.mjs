// The soak's health probe, run as a process of its own (see probeHealth in soak.ts): one second of
// warm-up (a fresh process's first requests pay for its JIT and the connection), then the measured
// window at 20 requests a second on one connection. Prints autocannon's result as JSON.
import autocannon from 'autocannon';

const [url, seconds] = process.argv.slice(2);
const probe = (duration) =>
  autocannon({ url: `${url}/api/health`, connections: 1, overallRate: 20, duration });
await probe(1);
process.stdout.write(JSON.stringify(await probe(Number(seconds))));
