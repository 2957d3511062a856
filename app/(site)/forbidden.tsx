import { LinkList } from "@/components/ui/link-list";

/** Shown with status 403 when a signed-in person opens a page their role does not allow (only the admin area does). */
export default function Forbidden() {
  return (
    <div className="max-w-prose">
      <h1>Geen toegang</h1>
      <p className="mt-4">Deze pagina is alleen voor de secretaris van het netwerk. Ben je secretaris? Log dan in met het e-mailadres dat die rol heeft.</p>
      <LinkList
        links={[
          ["/", "Naar de homepage"],
          ["/mijn-gegevens", "Naar je eigen gegevens"],
        ]}
      />
    </div>
  );
}
