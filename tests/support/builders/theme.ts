import type { Database } from "../../../lib/db/client";
import type { Prisma } from "../../../lib/db/generated/client";
import { uniqueTag } from "./unique-tag";

type ThemeOverrides = Partial<Prisma.ThemeUncheckedCreateInput> & { meetingIds?: string[]; articleIds?: string[] };

/** A theme of the test's own, on the given meetings and articles. */
export function buildTheme(db: Database, { meetingIds = [], articleIds = [], ...overrides }: ThemeOverrides = {}) {
  const tag = uniqueTag();
  return db.theme.create({
    data: {
      name: `Testthema ${tag}`,
      slug: `testthema-${tag}`,
      description: "Een thema voor de test.",
      ...overrides,
      meetings: { create: meetingIds.map((meetingId) => ({ meetingId })) },
      articles: { create: articleIds.map((articleId) => ({ articleId })) },
    },
  });
}
