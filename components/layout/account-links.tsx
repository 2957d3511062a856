import Link from "next/link";
import { unstable_rethrow } from "next/navigation";
import { plainFormAction } from "@/components/forms/plain-form-action";
import { signOutAction } from "@/lib/auth/actions";
import { currentUser } from "@/lib/auth/guards";
import { accountLinkClass, SignedOutLinks } from "./signed-out-links";

/** The header's account links; with the database down they fall back to the signed-out links, so pages that need no data still show. */
export async function AccountLinks() {
  const user = await currentUser().catch((error: unknown) => {
    // Next.js's own signals (this page reads cookies, so it is rendered per request) are not failures.
    unstable_rethrow(error);
    console.error("[kop] inlogstatus niet op te halen:", error);
    return null;
  });
  if (!user) return <SignedOutLinks />;
  return (
    <>
      {user.role === "SECRETARY" && (
        <Link href="/beheer" className={accountLinkClass}>
          Beheer
        </Link>
      )}
      <Link href="/mijn-gegevens" className={accountLinkClass}>
        Mijn gegevens
      </Link>
      <form action={plainFormAction(signOutAction)}>
        <button type="submit" className={`${accountLinkClass} cursor-pointer`}>
          Uitloggen
        </button>
      </form>
    </>
  );
}
