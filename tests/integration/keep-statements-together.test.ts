import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { keepStatementsTogether } from "@/lib/db/keep-statements-together";

// lib/db/keep-statements-together.ts relies on PGlite internals: the socket server sends every message through
// `execProtocolRawStream` and holds its queue for one connection while `isInTransaction()` is true. A PGlite or
// pglite-socket upgrade that changes either must fail here, not as mixed-up statements between connections.
const message = (type: string, body: Buffer = Buffer.alloc(0)) => {
  const length = Buffer.alloc(4);
  length.writeInt32BE(body.length + 4);
  return new Uint8Array(Buffer.concat([Buffer.from(type), length, body]));
};
const parse = (sql: string) => message("P", Buffer.concat([Buffer.from("\0"), Buffer.from(`${sql}\0`), Buffer.alloc(2)]));
const sync = () => message("S");

describe("keeping one connection's statements together on the embedded database", () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
    keepStatementsTogether(db);
  });
  afterAll(() => db.close());

  it("counts a connection as busy from its Parse until its Sync, as a transaction is", async () => {
    expect(db.isInTransaction()).toBe(false);
    await db.execProtocolRawStream(parse("SELECT 1"), { onRawData: () => {} });
    expect(db.isInTransaction()).toBe(true);
    await db.execProtocolRawStream(sync(), { onRawData: () => {} });
    expect(db.isInTransaction()).toBe(false);
    await db.exec("BEGIN");
    expect(db.isInTransaction()).toBe(true);
    await db.exec("ROLLBACK");
  });

  it("is what the socket server asks before it lets another connection in", async () => {
    const socketServer = path.dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite-socket"));
    const sources = await Promise.all(
      (await readdir(socketServer)).filter((file) => file.endsWith(".js")).map((file) => readFile(path.join(socketServer, file), "utf8")),
    );
    const code = sources.join("\n");
    expect(code).toContain("execProtocolRawStream");
    expect(code).toMatch(/isInTransaction\(\)&&this\.lastHandlerId/);
  });
});
