// Timing shared by the benchmarks (bench/matcher.bench.mjs and its fresh-process lint child, bench/lib/lint-child.mjs).
// A sample repeats fn(text) until `sampleMs` have passed (one run when it is slower than that) and is timed in process CPU
// time (process.cpuUsage), which preemption by other processes does not inflate; wall time is recorded too.

/** One sample: per-run CPU and wall ms of fn(text). */
export function sample(fn, text, sampleMs) {
  let reps = 0, result;
  const c0 = process.cpuUsage(), w0 = performance.now();
  do { result = fn(text); reps++; } while (performance.now() - w0 < sampleMs);
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000 / reps, wall: (performance.now() - w0) / reps, result };
}

/** Interleaved best-of-`rounds` for a list of { name, fn } on the same text: round 1 runs each once (in a rotating order),
 *  round 2 again, …; each runner gets its best CPU and wall sample and chars/s from them. */
export function interleaved(runners, text, warmText, { rounds, sampleMs }) {
  for (const r of runners) { r.fn(warmText); r.cpu = Infinity; r.wall = Infinity; }
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < runners.length; k++) {
      const r = runners[(k + round) % runners.length];
      const s = sample(r.fn, text, sampleMs);
      if (s.cpu < r.cpu) r.cpu = s.cpu;
      if (s.wall < r.wall) r.wall = s.wall;
      r.result = s.result;
    }
  }
  for (const r of runners) { r.charsPerSec = text.length / (r.cpu / 1000); r.wallCharsPerSec = text.length / (r.wall / 1000); }
  return runners;
}
