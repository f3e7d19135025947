// The API benchmark's load generator (scripts/bench-api.ts forks it): closed-loop clients, each sending its next
// request when the previous answer has been read, over URLs the parent chose. A process of its own, so the clients'
// HTTP work does not share the server's event loop (the parent measures the bare Express ceiling the same way).
import { z } from 'zod';

export const runRequestSchema = z.object({ urls: z.array(z.string()).min(1), clients: z.number().int().min(1), seconds: z.number().positive() });
export type RunRequest = z.infer<typeof runRequestSchema>;

export interface Outcome {
  requests: number;
  errors: number;
  seconds: number;
  latencies: number[];
  bytes: number;
}

export async function runClients(request: RunRequest): Promise<Outcome> {
  const latencies: number[] = [];
  let errors = 0;
  let bytes = 0;
  let next = 0;
  const started = performance.now();
  const deadline = started + request.seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const url = request.urls[next++ % request.urls.length] as string;
      const t0 = performance.now();
      const response = await fetch(url);
      const body = await response.arrayBuffer();
      latencies.push(performance.now() - t0);
      bytes += body.byteLength;
      if (response.status !== 200) errors++;
    }
  };
  await Promise.all(Array.from({ length: request.clients }, worker));
  return { requests: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies, bytes };
}

// Forked: answer each run request from the parent with its outcome.
if (process.send) {
  process.on('message', (message: unknown) => {
    void runClients(runRequestSchema.parse(message)).then((outcome) => process.send?.(outcome));
  });
}
