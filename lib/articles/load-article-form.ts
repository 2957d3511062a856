import "server-only";
import type { Database } from "../db/client";
import { localDateKey } from "../format/dates";
import { meetingOptions } from "../meetings/meeting-options";
import { listThemeOptions } from "../themes/queries";
import { articleFieldsSelect } from "./article-fields-select";

export type ArticleFormValues = Record<"title" | "kind" | "summary" | "body" | "publishedOn" | "meetingId" | "sourceNote" | "status" | "themeIds", string>;

export async function loadNewArticleForm(db: Database, today = new Date()) {
  const values: ArticleFormValues = {
    title: "",
    kind: "NEWS",
    summary: "",
    body: "",
    publishedOn: localDateKey(today),
    meetingId: "",
    sourceNote: "",
    status: "DRAFT",
    themeIds: "",
  };
  const [meetings, themes] = await Promise.all([meetingOptions(db, null), listThemeOptions(db)]);
  return { values, meetings, themes };
}

/** The article as form values, or null when there is no such article. */
export async function loadEditArticleForm(db: Database, id: string) {
  const article = await db.article.findUnique({
    where: { id },
    select: {
      ...articleFieldsSelect,
      meeting: { select: { id: true, title: true, startsAt: true } },
      themes: { select: { themeId: true } },
    },
  });
  if (!article) return null;
  const values: ArticleFormValues = {
    title: article.title,
    kind: article.kind,
    summary: article.summary,
    body: article.body,
    publishedOn: article.publishedOn.toISOString().slice(0, 10),
    meetingId: article.meeting?.id ?? "",
    sourceNote: article.sourceNote ?? "",
    status: article.published ? "PUBLISHED" : "DRAFT",
    themeIds: article.themes.map((theme) => theme.themeId).join(","),
  };
  const [meetings, themes] = await Promise.all([meetingOptions(db, article.meeting), listThemeOptions(db)]);
  return {
    id: article.id,
    slug: article.slug,
    title: article.title,
    published: article.published,
    values,
    meetings,
    themes,
  };
}
