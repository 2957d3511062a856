// `npm run bench:lighthouse`: Lighthouse's performance, accessibility, best-practices and SEO scores of the home
// page, the agenda, one meeting page and the application form, on the production build started as `npm start`
// does (scripts/bench-site.ts; needs `npm run build` first). Lighthouse's desktop preset (its simulated desktop
// connection and no CPU slow-down), headless Chromium (CHROMIUM_PATH or /usr/bin/chromium, flags from
// tests/support/chromium.ts). For each score below 100 it prints the audits that did not pass. Figures, no pass or fail.
import { launch } from "chrome-launcher";
import lighthouse, { desktopConfig } from "lighthouse";
import { chromiumArgs, chromiumPath } from "../tests/support/chromium";
import { samplePages, startBenchSite } from "./bench-site";

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
// Audits that count for no score of their own (hints, manual checks) are left out of the list of failures.
const scoredModes = new Set(["binary", "numeric", "metricSavings"]);

const site = await startBenchSite();
const chrome = await launch({ chromePath: chromiumPath(), chromeFlags: ["--headless=new", ...chromiumArgs] }).catch(async (error: unknown) => {
  await site.stop();
  throw error;
});
/** One Lighthouse run of `page`; a run whose trace failed (NO_NAVSTART now and then) is tried once more, as Lighthouse asks. */
async function audit(page: string, attempt = 1) {
  const result = await lighthouse(
    `${site.baseUrl}${page}`,
    { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...categories] },
    desktopConfig,
  );
  if (!result) throw new Error(`Lighthouse gaf geen resultaat voor ${page}`);
  const { lhr } = result;
  if (!lhr.runtimeError) return lhr;
  if (attempt === 1) return audit(page, 2);
  throw new Error(`Lighthouse op ${page}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
}

try {
  const { meeting } = await samplePages(site.baseUrl);
  const pages = ["/", "/agenda", meeting, "/aanmelden"];
  const rows: Record<string, string | number>[] = [];
  const failures: string[] = [];
  for (const page of pages) {
    // One request first, so the audit does not measure the server's first answer of this page.
    await (await fetch(`${site.baseUrl}${page}`)).arrayBuffer();
    const lhr = await audit(page);
    const row: Record<string, string | number> = { page };
    for (const id of categories) {
      const category = lhr.categories[id];
      const score = category?.score == null ? NaN : Math.round(category.score * 100);
      row[category?.title ?? id] = score;
      if (!category || score === 100) continue;
      const failing = category.auditRefs
        .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
        .filter(({ audit }) => audit && scoredModes.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1);
      failures.push(`${page} — ${category.title} ${score}:`);
      for (const { ref, audit } of failing) {
        const detail = [audit.displayValue, ref.weight > 0 ? `weight ${ref.weight}` : undefined].filter(Boolean).join(", ");
        failures.push(`  - ${audit.title}${detail ? ` (${detail})` : ""}`);
        const items = itemSummary(audit.details);
        if (items) failures.push(`    ${items}`);
      }
      if (!failing.length) failures.push("  (geen afzonderlijke audit onder de maat)");
    }
    rows.push(row);
    console.log(`${page}: klaar`);
  }
  console.log("\nLighthouse 12, desktop-preset, Chromium headless\n");
  console.table(rows);
  console.log(failures.length ? `Niet geslaagde audits:\n${failures.join("\n")}` : "Alle scores 100.");
} finally {
  await chrome.kill();
  await site.stop();
}

/** The first column's text of up to three rows of an audit's table ("Content security policy", an element, a URL). */
function itemSummary(details: unknown): string {
  const table = details as { type?: string; headings?: { key?: string | null }[]; items?: Record<string, unknown>[] } | undefined;
  const key = table?.headings?.[0]?.key;
  if (!table || (table.type !== "table" && table.type !== "opportunity") || !key || !table.items?.length) return "";
  const texts = table.items.slice(0, 3).map((item) => {
    const value = item[key];
    if (typeof value === "string" || typeof value === "number") return String(value);
    const node = value as { snippet?: string; nodeLabel?: string; url?: string } | undefined;
    return node?.nodeLabel ?? node?.snippet ?? node?.url ?? "";
  });
  const more = table.items.length > 3 ? ` (+${table.items.length - 3})` : "";
  return texts.filter(Boolean).length ? `${texts.filter(Boolean).join("; ")}${more}` : "";
}
