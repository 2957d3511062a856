import { existsSync } from "node:fs";

/** Debian's Chromium (Playwright cannot download its own browser here); CHROMIUM_PATH overrides. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean) as string[];
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) {
    throw new Error(
      "Geen Chromium gevonden (nodig voor de end-to-end-tests en `npm run bench:lighthouse`). Installeer hem met `sudo apt-get install -y chromium` " +
        "of wijs een Chromium of Chrome aan met CHROMIUM_PATH=/pad/naar/chromium.",
    );
  }
  return found;
}

// Keep Chromium off the network: this machine reaches nothing but localhost.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
