// `npm run bench:pages`: requests per second and latency of each public page of the production build, next to
// a static file of the same server. Needs `npm run build` first; starts the site as `npm start` does
// (scripts/bench-site.ts) and stops it at the end. Load from autocannon: BENCH_CONNECTIONS connections (50),
// BENCH_WARMUP seconds of warm-up (2, not counted) and BENCH_DURATION seconds measured (10) per URL, one URL
// after another. Prints figures and the issue's goal next to them; no pass or fail.
import autocannon from "autocannon";
import { fetchText, firstPath, samplePages, startBenchSite } from "./bench-site";

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const warmup = Number(process.env.BENCH_WARMUP ?? 2);
const duration = Number(process.env.BENCH_DURATION ?? 10);

const site = await startBenchSite();
try {
  const home = await fetchText(site.baseUrl, "/");
  const asset = firstPath(home, /"(\/_next\/static\/[^"]+\.css)"/) ?? "/favicon.svg";
  const { meeting, article } = await samplePages(site.baseUrl);
  const pages = [
    "/",
    "/over-het-netwerk",
    "/kernclub",
    "/agenda",
    meeting,
    "/nieuws",
    article,
    "/deelnemen",
    "/versnellingstraject",
    "/contact",
    "/privacy",
    "/toegankelijkheid",
  ];

  console.log(`${connections} verbindingen, ${warmup} s opwarmen en ${duration} s meten per adres.\n`);
  type Row = { url: string; rps: number; p50: number; p99: number; non2xx: number; errors: number };
  const rows: Row[] = [];
  for (const url of [asset, ...pages]) {
    if (warmup > 0) await autocannon({ url: `${site.baseUrl}${url}`, connections, duration: warmup });
    const result = await autocannon({ url: `${site.baseUrl}${url}`, connections, duration });
    rows.push({
      url,
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
    });
    console.log(`${url}: ${result.requests.average.toFixed(0)} verzoeken/s`);
  }

  const [assetRow, ...pageRows] = rows;
  const share = (row: Row) => (100 * row.rps) / assetRow.rps;
  const spread = (row: Row) => row.p99 / Math.max(row.p50, 1);
  console.log("");
  console.table(
    rows.map((row) => ({
      URL: row === assetRow ? `${row.url} (static)` : row.url,
      "req/s": Number(row.rps.toFixed(1)),
      "% of static": Number(share(row).toFixed(1)),
      "p50 ms": row.p50,
      "p99 ms": row.p99,
      "p99/p50": Number(spread(row).toFixed(1)),
      "non-2xx": row.non2xx,
      errors: row.errors,
    })),
  );
  const belowShare = pageRows.filter((row) => share(row) < 50);
  const wideSpread = pageRows.filter((row) => spread(row) > 5);
  console.log("Doel uit de issue: elke pagina ≥ 50 % van de verzoeken/s van het statische bestand, en p99 ≤ 5× p50.");
  console.log(
    `- ≥ 50 % van het statische bestand: ${pageRows.length - belowShare.length} van ${pageRows.length} pagina's` +
      (belowShare.length ? ` (niet: ${belowShare.map((row) => `${row.url} ${share(row).toFixed(1)} %`).join(", ")})` : ""),
  );
  console.log(
    `- p99 ≤ 5× p50: ${pageRows.length - wideSpread.length} van ${pageRows.length} pagina's` +
      (wideSpread.length ? ` (niet: ${wideSpread.map((row) => `${row.url} ${spread(row).toFixed(1)}×`).join(", ")})` : ""),
  );
} finally {
  await site.stop();
}
