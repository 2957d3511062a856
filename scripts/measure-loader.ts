import type { Database } from "../lib/db/client";

export type LoaderMeasure = { queries: number; medianMs: number };

/** A page loader's queries per run and median time over `runs` runs, after one run that warms up and is not counted. */
export function loaderMeter(db: Database) {
  let queries = 0;
  db.$on("query", () => {
    queries += 1;
  });
  return async (load: () => Promise<unknown>, runs: number): Promise<LoaderMeasure> => {
    await load();
    const before = queries;
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      await load();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { queries: (queries - before) / runs, medianMs: times[Math.floor(runs / 2)]! };
  };
}
