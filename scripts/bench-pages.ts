// `npm run bench:pages`: requests per second and latency of each public page of the production build, for a
// visitor and for a signed-in member, each next to a bare Node.js server in a process of its own sending the very
// same bytes (the limit of this machine for that answer). Needs `npm run build` first; starts the site as
// `npm start` does (scripts/bench-site.ts) and stops it at the end, after printing the site's server's resident
// memory. Load from autocannon: BENCH_CONNECTIONS connections (50), BENCH_WARMUP seconds of warm-up (1, not
// counted) and BENCH_DURATION seconds measured (5) per URL and reader. Prints figures and the issue's goals next
// to them; no pass or fail.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { samplePages, startBenchSite } from "./bench-site";

const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
const warmup = Number(process.env.BENCH_WARMUP ?? 1);
const duration = Number(process.env.BENCH_DURATION ?? 5);

type Measured = { rps: number; p50: number; p99: number; non2xx: number; errors: number };
type Answer = { status: number; headers: Record<string, string>; body: string };

async function measure(url: string, headers: Record<string, string> = {}): Promise<Measured> {
  if (warmup > 0) await autocannon({ url, connections, duration: warmup, headers });
  const result = await autocannon({ url, connections, duration, headers });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors };
}

/** A signed-in member of the seeded network, with a session, written straight into the site's database. */
async function createMember(databaseUrl: string) {
  const token = randomBytes(32).toString("hex");
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const id = `bench-${token.slice(0, 12)}`;
    await client.query(
      `INSERT INTO "User" (id, name, email, "emailVerified", "admittedAt", role, "updatedAt") VALUES ($1, 'Bea Bench', $2, now(), now(), 'MEMBER', now())`,
      [id, `${id}@bench.example`],
    );
    await client.query(`INSERT INTO "Session" (id, "sessionToken", "userId", expires) VALUES ($1, $2, $1, now() + interval '30 days')`, [id, token]);
  } finally {
    await client.end();
  }
  return `authjs.session-token=${token}`;
}

/** One answer as the site gives it, to be sent again by the bare server. */
async function answerOf(url: string, cookie?: string): Promise<Answer> {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  const headers = Object.fromEntries([...response.headers].filter(([name]) => !["date", "connection", "keep-alive", "transfer-encoding"].includes(name)));
  return { status: response.status, headers, body: await response.text() };
}

// The bare server: Node's http module sending stored answers, nothing else. A process of its own, as the site is.
const BARE_SERVER = `
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
const answers = new Map(Object.entries(JSON.parse(readFileSync(process.argv[1], "utf8"))).map(([key, answer]) => [key, { ...answer, body: Buffer.from(answer.body) }]));
const server = createServer((request, response) => {
  const answer = answers.get(request.url) ?? { status: 404, headers: {}, body: Buffer.alloc(0) };
  response.writeHead(answer.status, { ...answer.headers, "content-length": answer.body.length });
  response.end(answer.body);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
`;

async function startBareServer(answers: Record<string, Answer>): Promise<{ baseUrl: string; stop: () => void }> {
  const file = path.join(await mkdtemp(path.join(tmpdir(), "bench-bare-")), "answers.json");
  await writeFile(file, JSON.stringify(answers));
  const child: ChildProcess = spawn(process.execPath, ["--input-type=module", "-e", BARE_SERVER, file], { stdio: ["ignore", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve) => child.stdout!.once("data", (chunk: Buffer) => resolve(chunk.toString().trim())));
  return { baseUrl: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function residentMegabytes(pid: number | undefined) {
  if (!pid) return undefined;
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const kilobytes = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kilobytes ? Number(kilobytes) / 1024 : undefined;
}

const site = await startBenchSite();
try {
  const cookie = await createMember(site.databaseUrl);
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

  // The bare server answers /v/<page> with the visitor's bytes and /m/<page> with the member's.
  const answers: Record<string, Answer> = {};
  for (const page of pages) {
    answers[`/v${page}`] = await answerOf(`${site.baseUrl}${page}`);
    answers[`/m${page}`] = await answerOf(`${site.baseUrl}${page}`, cookie);
    if (!answers[`/m${page}`]!.body.includes("Mijn gegevens")) throw new Error(`${page}: de pagina voor het lid heeft geen eigen kop`);
  }
  const bare = await startBareServer(answers);

  console.log(`${connections} verbindingen, ${warmup} s opwarmen en ${duration} s meten per adres en lezer.\n`);
  type Row = { page: string; reader: string; site: Measured; bare: Measured };
  const rows: Row[] = [];
  try {
    for (const page of pages) {
      for (const [reader, prefix, headers] of [
        ["bezoeker", "/v", {}],
        ["lid", "/m", { cookie }],
      ] as const) {
        const bareFigures = await measure(`${bare.baseUrl}${prefix}${page}`);
        const siteFigures = await measure(`${site.baseUrl}${page}`, headers);
        rows.push({ page, reader, site: siteFigures, bare: bareFigures });
        console.log(`${page} (${reader}): ${siteFigures.rps.toFixed(0)} verzoeken/s, kaal ${bareFigures.rps.toFixed(0)}`);
      }
    }
  } finally {
    bare.stop();
  }
  const resident = await residentMegabytes(site.serverPid());

  const share = (row: Row) => (100 * row.site.rps) / row.bare.rps;
  console.log("");
  console.table(
    rows.map((row) => ({
      URL: row.page,
      lezer: row.reader,
      "req/s": Number(row.site.rps.toFixed(0)),
      "bare req/s": Number(row.bare.rps.toFixed(0)),
      "% of bare": Number(share(row).toFixed(1)),
      "p50 ms": row.site.p50,
      "p99 ms": row.site.p99,
      "non-2xx": row.site.non2xx,
      errors: row.site.errors,
    })),
  );
  const visitors = rows.filter((row) => row.reader === "bezoeker");
  const members = rows.filter((row) => row.reader === "lid");
  const range = (list: Row[]) => `${Math.min(...list.map(share)).toFixed(1)}–${Math.max(...list.map(share)).toFixed(1)} %`;
  console.log("Doelen uit de issue, gemeten tegen een kale Node-server die dezelfde bytes stuurt, in deze run:");
  console.log(
    `- bezoekers ≥ 50 % van de kale server: ${visitors.filter((row) => share(row) >= 50).length} van ${visitors.length} pagina's (${range(visitors)})`,
  );
  console.log(`- leden ≥ 10 % van de kale server: ${members.filter((row) => share(row) >= 10).length} van ${members.length} pagina's (${range(members)})`);
  console.log(
    `- leden p99 ≤ 100 ms: ${members.filter((row) => row.site.p99 <= 100).length} van ${members.length} pagina's (hoogste ${Math.max(...members.map((row) => row.site.p99))} ms)`,
  );
  console.log(`- geheugen van het serverproces na de meting: ${resident === undefined ? "niet te lezen" : `${resident.toFixed(0)} MB`} (doel ≤ 300 MB)`);
} finally {
  await site.stop();
}
