/**
 * Time of a piece of work both ways: wall clock, and the CPU time the process spent on it. On a machine
 * shared with other work the wall clock counts the time the process waited for a core, so the CPU time
 * is the steadier figure (it still grows somewhat under load: shared caches, hyper-threads). Figures are
 * medians of several passes; never assertions.
 */
export interface Timing {
  wallMs: number;
  cpuMs: number;
}

export function timed(work: () => void): Timing {
  const wall = performance.now();
  const cpu = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(cpu);
  return { wallMs: performance.now() - wall, cpuMs: (user + system) / 1000 };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Microseconds per item, two decimals. */
export const perItem = (ms: number, items: number) => Number(((ms * 1000) / items).toFixed(2));
