import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { deploymentSettings } from "../support/e2e-env";

describe("npm start with a database it cannot reach", () => {
  it("stops with one line naming the URL (password hidden) and what to do", async () => {
    const failure = await promisify(execFile)("npx", ["tsx", "scripts/start.ts"], {
      env: { ...process.env, ...deploymentSettings, DATABASE_URL: "postgresql://wmo:geheim@127.0.0.1:9/wmo", PORT: "3399" },
    }).catch((error: { code: number; stderr: string }) => error);
    expect("code" in failure && failure.code).toBe(1);
    const lines = (failure as { stderr: string }).stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));
    expect(lines).toEqual([
      "Database niet bereikbaar op postgresql://wmo:***@127.0.0.1:9/wmo (connect ECONNREFUSED 127.0.0.1:9). " +
        "Start die PostgreSQL-server, corrigeer DATABASE_URL, of laat DATABASE_URL leeg om de ingebouwde database te gebruiken.",
    ]);
  });
});

describe("npm start with an external database and missing production settings", () => {
  const start = (env: Record<string, string | undefined>) =>
    promisify(execFile)("npx", ["tsx", "scripts/start.ts"], {
      env: {
        ...process.env,
        ...deploymentSettings,
        AUTH_SECRET: "start-errors-secret-that-is-long-enough-0123",
        SITE_URL: "https://www.example.nl",
        DATABASE_URL: "postgresql://wmo@127.0.0.1:9/wmo",
        PORT: "3399",
        ...env,
      },
    }).catch((error: { code: number; stderr: string }) => error);
  const errorLines = (failure: unknown) => (failure as { stderr: string }).stderr.split("\n").filter((line) => line.trim() && !line.startsWith("npm warn"));

  it.each([
    ["no AUTH_SECRET", { AUTH_SECRET: "" }, "AUTH_SECRET"],
    ["a short AUTH_SECRET", { AUTH_SECRET: "kort-geheim" }, "AUTH_SECRET"],
    ["no SITE_URL", { SITE_URL: "" }, "SITE_URL"],
    ["no CONTACT_EMAIL", { CONTACT_EMAIL: "" }, "CONTACT_EMAIL"],
    ["the placeholder CONTACT_EMAIL", { CONTACT_EMAIL: "secretariaat@wmo-transformatienetwerk.example" }, "CONTACT_EMAIL"],
    ["the example street", { INVOICE_SELLER_STREET: "Voorbeeldstraat 1" }, "INVOICE_SELLER_STREET"],
    ["no street", { INVOICE_SELLER_STREET: "" }, "INVOICE_SELLER_STREET"],
    ["the example postcode", { INVOICE_SELLER_POSTCODE: "1234AB" }, "INVOICE_SELLER_POSTCODE"],
    ["the example city", { INVOICE_SELLER_CITY: "Voorbeeldstad" }, "INVOICE_SELLER_CITY"],
    ["the well-known example IBAN", { INVOICE_IBAN: "NL91 ABNA 0417 1643 00" }, "INVOICE_IBAN"],
    ["no IBAN", { INVOICE_IBAN: "" }, "INVOICE_IBAN"],
    ["no KvK number", { INVOICE_KVK_NUMBER: "" }, "INVOICE_KVK_NUMBER"],
  ])("refuses to start with %s, in one Dutch line naming the variable", async (_case, env, variable) => {
    const failure = await start(env);
    expect("code" in failure && failure.code).toBe(1);
    const lines = errorLines(failure);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${variable} (ontbreekt|ontbreekt of is)`));
  });

  it("refuses an IBAN with a wrong check digit, naming the variable", async () => {
    const lines = errorLines(await start({ INVOICE_IBAN: "NL03ABNA0123456789" }));
    expect(lines).toEqual([expect.stringMatching(/^Ongeldige factuurinstelling\. INVOICE_IBAN: het controlegetal klopt niet/)]);
  });

  it("with every setting given, gets past the checks to the database", async () => {
    const lines = errorLines(await start({}));
    expect(lines).toEqual([expect.stringMatching(/^Database niet bereikbaar op/)]);
  });
});
