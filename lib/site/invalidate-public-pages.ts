import "server-only";
import { revalidatePath } from "next/cache";

/**
 * Every cached public page (app/(cached)) is rendered anew on its next request, in this server process at once
 * and in every other within a second (lib/site/page-cache-handler.mjs). Called after anything that can change
 * what they show: every secretary action, an answer to a meeting (places taken), a person's name or account.
 * The site is small enough that one tag for all pages beats keeping a map of which page shows what.
 */
export function invalidatePublicPages() {
  revalidatePath("/", "layout");
}
