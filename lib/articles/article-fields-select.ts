/** An article's own fields, as the edit form loads them and the audit log compares them. */
export const articleFieldsSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  summary: true,
  body: true,
  publishedOn: true,
  sourceNote: true,
  published: true,
} as const;
