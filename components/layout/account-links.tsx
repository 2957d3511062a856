import Link from "next/link";
import { plainFormAction } from "@/components/forms/plain-form-action";
import { signOutAction } from "@/lib/auth/actions";
import { currentUser } from "@/lib/auth/guards";

const linkClass = "rounded px-3 py-2 text-white underline hover:text-white hover:decoration-2";

/** The header's account links; with the database down they fall back to the signed-out links, so pages that need no data still show. */
export async function AccountLinks() {
  const user = await currentUser().catch((error: unknown) => {
    console.error("[kop] inlogstatus niet op te halen:", error);
    return null;
  });
  if (!user) {
    return (
      <>
        <Link href="/inloggen" className={linkClass}>
          Inloggen
        </Link>
        <Link href="/aanmelden" className="rounded bg-accent px-3 py-2 font-semibold text-neutral-900 no-underline hover:text-neutral-900 hover:underline">
          Meld je aan
        </Link>
      </>
    );
  }
  return (
    <>
      {user.role === "SECRETARY" && (
        <Link href="/beheer" className={linkClass}>
          Beheer
        </Link>
      )}
      <Link href="/mijn-gegevens" className={linkClass}>
        Mijn gegevens
      </Link>
      <form action={plainFormAction(signOutAction)}>
        <button type="submit" className={`${linkClass} cursor-pointer`}>
          Uitloggen
        </button>
      </form>
    </>
  );
}
