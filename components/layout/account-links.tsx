import { unstable_rethrow } from "next/navigation";
import { currentReader } from "@/lib/site/serving/current-reader";
import { PersonalPart } from "./personal-part";

/** The header's account links; with the database down they fall back to a visitor's, so pages that need no data still show. */
export async function AccountLinks() {
  const reader = await currentReader().catch((error: unknown) => {
    // Next.js's own signals (this page reads cookies, so it is rendered per request) are not failures.
    unstable_rethrow(error);
    console.error("[kop] inlogstatus niet op te halen:", error);
    return null;
  });
  return <PersonalPart name="account" reader={reader} />;
}
