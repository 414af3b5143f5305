// Repeated timing within a budget: a phase takes samples until it has its
// target count, or has at least its minimum and has spent its time budget.
// A slow engine thus still gets a number, from fewer samples (reported).
// Each sample is taken twice over: wall-clock time (what a user waits) and
// the process's CPU time (user + system, all threads, so GC helpers count),
// which a busy shared machine inflates far less.

export interface Sampling {
  target: number;
  min: number;
  budgetMs: number;
}

export interface Samples {
  wall: number[];
  cpu: number[];
}

/** Times `run` (milliseconds) until the sampling rule says stop; `between` runs untimed after each sample. */
export function sampleTimes(run: () => void, sampling: Sampling, between: () => void = () => {}): Samples {
  const samples: Samples = { wall: [], cpu: [] };
  const started = performance.now();
  while (
    samples.wall.length < sampling.target &&
    (samples.wall.length < sampling.min || performance.now() - started < sampling.budgetMs)
  ) {
    const one = timeOnce(run);
    samples.wall.push(one.wall);
    samples.cpu.push(one.cpu);
    between();
  }
  return samples;
}

export function timeOnce(run: () => void): { wall: number; cpu: number } {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  run();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}
