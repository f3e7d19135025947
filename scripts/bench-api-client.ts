// The API benchmark's load generator (scripts/bench-api.ts forks it): closed-loop clients, each sending its next
// request when the previous answer has been read, over URLs the parent chose. A process of its own, so the clients'
// HTTP work does not share the server's event loop (the parent measures the bare Express ceiling the same way).
// node:http with a keep-alive agent (one socket per client) rather than fetch: on the benchmark's 2 cores the
// generator's CPU is taken from the server it measures, and fetch (undici) cost about twice as much per request.
import { Agent, get } from 'node:http';
import { z } from 'zod';

export const runRequestSchema = z.object({ urls: z.array(z.string()).min(1), clients: z.number().int().min(1), seconds: z.number().positive() });
export type RunRequest = z.infer<typeof runRequestSchema>;

export interface Outcome {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
  /** The slowest 1% of requests (at least one): which URL, when it was sent (ms since the epoch) and how long it took. */
  slowest: SlowRequest[];
  bytes: number;
  /** The generator's own CPU (user + system) during the run, in ms. */
  cpuMs: number;
}

export interface SlowRequest {
  url: string;
  startedAt: number;
  ms: number;
}

/** The p-th percentile of latencies sorted in ascending order (nearest rank). */
export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export async function runClients(request: RunRequest): Promise<Outcome> {
  const latencies: number[] = [];
  const sent: { url: string; startedAt: number }[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const deadline = started + request.seconds * 1000;
  const agent = new Agent({ keepAlive: true, maxSockets: request.clients });
  const worker = async () => {
    while (performance.now() < deadline) {
      const url = request.urls[next++ % request.urls.length] as string;
      const t0 = performance.now();
      const answer = await fetchBody(url, agent);
      latencies.push(performance.now() - t0);
      sent.push({ url, startedAt: performance.timeOrigin + t0 });
      bytes += answer.bytes;
      if (answer.status !== 200) errors++;
    }
  };
  try {
    await Promise.all(Array.from({ length: request.clients }, worker));
  } finally {
    agent.destroy();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const slowest = latencies
    .map((ms, i) => ({ ...(sent[i] as { url: string; startedAt: number }), ms }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, Math.max(1, Math.ceil(latencies.length / 100)));
  return { requests: latencies.length, errors, seconds, latencies, slowest, bytes, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** GET a URL and read its whole body: the status and the body's length in bytes. */
function fetchBody(url: string, agent: Agent): Promise<{ status: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, bytes }));
      response.on('error', reject);
    }).on('error', reject);
  });
}

// Forked: answer each run request from the parent with its outcome.
if (process.send) {
  process.on('message', (message: unknown) => {
    void runClients(runRequestSchema.parse(message)).then((outcome) => process.send?.(outcome));
  });
}
