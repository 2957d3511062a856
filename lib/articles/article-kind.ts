import type { ArticleKind } from "../db/generated/enums";

export const articleKindLabels: Record<ArticleKind, string> = {
  NEWS: "Nieuws",
  INTERVIEW: "Interview",
  REPORT: "Verslag",
};
