// CPU time spent by Neo4j (its JVM, read from /proc on Linux) and by this Node process during a measurement. On a
// machine shared with other work, wall-clock rates swing with the load; CPU milliseconds per element do much less,
// so the benchmark prints both. Null where the JVM is not ours (NEO4J_URI) or /proc is not there.
import { readFileSync } from 'node:fs';

export interface CpuSample {
  neo4jMs: number | null;
  nodeMs: number;
}

function jvmCpuMs(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export function cpuNow(neo4jPid: number | null): CpuSample {
  const usage = process.cpuUsage();
  return { neo4jMs: jvmCpuMs(neo4jPid), nodeMs: (usage.user + usage.system) / 1000 };
}

export function cpuSince(start: CpuSample, neo4jPid: number | null): CpuSample {
  const end = cpuNow(neo4jPid);
  return {
    neo4jMs: start.neo4jMs === null || end.neo4jMs === null ? null : end.neo4jMs - start.neo4jMs,
    nodeMs: end.nodeMs - start.nodeMs,
  };
}
