import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Fails with a readable report when axe-core finds any WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const report = violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${node.target.join(" ")}  ${node.failureSummary?.replace(/\s+/g, " ") ?? ""}`).join("\n"),
    )
    .join("\n");
  expect(violations, `axe found WCAG violations on ${page.url()}:\n${report}`).toEqual([]);
}
