// The settings `npm start` refuses, checked before it builds (a wrong one is said at once, not after a minute of
// building) and again by scripts/start.ts itself. Imports nothing that needs the build or the generated client.
import { missingProductionSetting } from "../lib/site/production-settings";

/** Ends the process with one Dutch line when a setting stops the start. */
export function refuseUnfitStartSettings(env: NodeJS.ProcessEnv = process.env) {
  const embedded = !env.DATABASE_URL;
  const missing = embedded ? null : missingProductionSetting(env);
  // The development mailbox shows sign-in links: only when asked for, and only for a local trial run.
  const mailboxMisused = env.DEV_MAILBOX === "true" && (!embedded || env.SMTP_URL);
  const refusal = missing ?? (mailboxMisused ? "DEV_MAILBOX=true kan alleen op de ingebouwde database zonder SMTP_URL: zet DEV_MAILBOX uit." : null);
  if (refusal) {
    console.error(refusal);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) refuseUnfitStartSettings();
