import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * Which axe-core rules run: "wcag" the WCAG 2.1 A/AA rules; "all" every rule axe-core has, best practices (heading
 * order, landmarks, …) included. Admin pages (under /beheer) get "all" unless told otherwise.
 */
export type AxeRules = "wcag" | "all";

function isAdminPage(page: Page): boolean {
  return new URL(page.url()).pathname.startsWith("/beheer");
}

/** Fails with a readable report when axe-core finds a violation on the page as it is now. */
export async function expectNoViolations(page: Page, { rules = isAdminPage(page) ? "all" : "wcag" }: { rules?: AxeRules } = {}) {
  const builder = new AxeBuilder({ page });
  const { violations } = await (rules === "wcag" ? builder.withTags(WCAG_TAGS) : builder).analyze();
  const report = violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(" ")}  ${node.failureSummary?.replace(/\s+/g, " ") ?? ""}`).join("\n"),
    )
    .join("\n");
  const what = rules === "wcag" ? "WCAG violations" : "violations (all rules)";
  expect(violations, `axe found ${what} on ${page.url()}:\n${report}`).toEqual([]);
}
