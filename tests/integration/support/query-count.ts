import { db } from "@/lib/db/client";

let queries = 0;
db.$on("query", () => {
  queries += 1;
});

/** How many queries the shared client issues while `work` runs. */
export async function countQueries(work: () => Promise<unknown>) {
  const before = queries;
  await work();
  return queries - before;
}
