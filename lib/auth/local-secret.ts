import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * For a local start without AUTH_SECRET: a random secret kept in .data/ (git-ignored), so sessions
 * survive a restart. A deployment sets AUTH_SECRET itself.
 */
export async function localAuthSecret(file = path.resolve(".data/auth-secret")): Promise<string> {
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim()) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
