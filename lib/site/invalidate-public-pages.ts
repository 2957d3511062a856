import "server-only";
import { revalidatePath } from "next/cache";
import { markPublicPagesChanged } from "./serving/public-pages-changed";

/**
 * Every kept public page (lib/site/serving/cached-pages.ts) is rendered anew on its next request, in this server
 * process at once and in every other within a second. Called after anything that can change what they show: every
 * secretary action, an answer to a meeting (places taken), a person's name or account. revalidatePath makes a
 * server action's answer carry the page as it is now. The site is small enough that one change for all pages
 * beats keeping a map of which page shows what.
 */
export function invalidatePublicPages() {
  markPublicPagesChanged();
  revalidatePath("/", "layout");
}
