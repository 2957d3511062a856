import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";
import { uniqueTag } from "./unique-tag";

/** A published news article of the test's own, dated today. */
export function buildArticle(db: Database, overrides: Partial<Prisma.ArticleUncheckedCreateInput> = {}) {
  const tag = uniqueTag();
  return db.article.create({
    data: {
      slug: `testbericht-${tag}`,
      kind: "NEWS",
      title: `Testbericht ${tag}`,
      summary: "Een bericht voor de test.",
      body: "Dit bericht is er voor de test.",
      publishedOn: new Date(new Date().toISOString().slice(0, 10)),
      ...overrides,
    },
  });
}
