import { expect, type Page } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { baseURL, smtpApiPort } from "../../support/e2e-env";

/** Waits until the test SMTP server has received a message for `to` whose subject contains `subject`, and parses it. */
export async function waitForMail(to: string, subject: string): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        const response = await fetch(`http://127.0.0.1:${smtpApiPort}/messages?to=${encodeURIComponent(to)}`);
        const messages = (await response.json()) as { raw: string }[];
        for (const message of messages.reverse()) {
          const parsed = await simpleParser(message.raw);
          if (parsed.subject?.includes(subject)) {
            found = parsed;
            return true;
          }
        }
        return false;
      },
      { message: `e-mail "${subject}" aan ${to}`, timeout: 15_000 },
    )
    .toBe(true);
  return found!;
}

/** The link to `path` (by default the sign-in link) in a message's plain-text part; it must point at `site`. */
export function linkIn(mail: ParsedMail, path = "/inloggen/link", site = baseURL): string {
  const match = mail.text?.match(new RegExp(`https?://[^\\s\\]]+${path}\\?[^\\s\\]]+`));
  if (!match) throw new Error(`Geen link naar ${path} in: ${mail.text}`);
  expect(new URL(match[0]).origin, `the e-mailed link ${match[0]} points at the site`).toBe(new URL(site).origin);
  return match[0];
}

/**
 * Checks that the browser ended on this site (SITE_URL's origin, never another host such as localhost) at `pathname`,
 * after whatever redirects brought it there.
 */
export async function expectLandedOn(page: Page, pathname: string, site = baseURL) {
  await expect.poll(() => new URL(page.url()).pathname, { message: `waar de browser uitkomt (${page.url()})` }).toBe(pathname);
  expect(new URL(page.url()).origin).toBe(new URL(site).origin);
}

/** Opens an e-mailed sign-in link, presses its button as a person would, and checks where the browser lands. */
export async function followSignInLink(page: Page, link: string, landsOn: string, site = baseURL) {
  await page.goto(link);
  await page.getByRole("button", { name: "Log in" }).click();
  await expectLandedOn(page, landsOn, site);
}
