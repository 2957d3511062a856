import { expect, type Page } from "@playwright/test";
import { simpleParser, type ParsedMail } from "mailparser";
import { smtpApiPort } from "../../support/e2e-env";

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

/** The link to `path` (by default the sign-in link) in a message's plain-text part. */
export function linkIn(mail: ParsedMail, path = "/inloggen/link"): string {
  const match = mail.text?.match(new RegExp(`https?://[^\\s\\]]+${path}\\?[^\\s\\]]+`));
  if (!match) throw new Error(`Geen link naar ${path} in: ${mail.text}`);
  return match[0];
}

/** Opens an e-mailed sign-in link and presses its button, as a person would. */
export async function followSignInLink(page: Page, link: string) {
  await page.goto(link);
  await page.getByRole("button", { name: "Log in" }).click();
}
