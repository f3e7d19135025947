// CPU and garbage-collection accounting for the API benchmark (scripts/bench-api.ts): what one timed run cost the
// process serving the API, the Neo4j JVM (when the benchmark started it, so its pid is known) and the load generator,
// per request, and the server's GC pauses. On 2 shared cores, latency under 10 clients is mostly CPU per request, and
// CPU per request is what stays comparable between runs when other work shares the machine.
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';

/** User + system CPU of a process from /proc, in ms; undefined where /proc or the pid is missing. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined || pid < 0) return undefined;
  try {
    // Fields after the command (which may hold spaces) start at state: utime and stime are the 12th and 13th there.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return undefined;
  }
}

// Linux's USER_HZ, the unit of /proc/<pid>/stat times, is 100 on every architecture Node supports.
const CLOCK_TICKS_PER_SECOND = 100;

export const ownCpuMs = (): number => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

export interface GcPauses {
  count: number;
  totalMs: number;
  maxMs: number;
  /** Pauses of 10 ms or more: each one delays every request in flight by that much. */
  over10ms: number;
  /** Each pause as [start in ms since the epoch, duration in ms], to line up with the requests it delayed. */
  spans: [number, number][];
}

/** Records this process's GC pauses until stop() is called. */
export function watchGcPauses(): { stop(): GcPauses } {
  const pauses: number[] = [];
  const spans: [number, number][] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      pauses.push(entry.duration);
      spans.push([performance.timeOrigin + entry.startTime, entry.duration]);
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      observer.disconnect();
      return {
        count: pauses.length,
        totalMs: pauses.reduce((a, b) => a + b, 0),
        maxMs: pauses.reduce((a, b) => Math.max(a, b), 0),
        over10ms: pauses.filter((p) => p >= 10).length,
        spans,
      };
    },
  };
}
