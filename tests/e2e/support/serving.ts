import { expect } from "@playwright/test";

/** Waits until a server the spec started itself answers `url` with 200 (it may still be migrating and seeding). */
export async function waitUntilServing(url: string, { timeout, message }: { timeout: number; message?: string }) {
  await expect.poll(async () => (await fetch(url).catch(() => null))?.status ?? 0, { timeout, intervals: [500, 1000], message }).toBe(200);
}
