import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import type { Database } from "../db/client";
import { loadSitePage } from "./queries";

/** A public page's text for one request (its metadata and the page share the query); 404 when it was never seeded. */
export const loadPublicSitePage = cache(async (db: Database, key: string) => {
  const page = await loadSitePage(db, key);
  if (!page) notFound();
  return page;
});
