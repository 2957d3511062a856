import type { PositionWithPerson } from "@/lib/kernclub/queries";
import { contactEmail } from "@/lib/site/config";

/** The secretary's name and how to reach the network; falls back to the network's own address. */
export function SecretaryContact({ secretary }: { secretary: PositionWithPerson }) {
  const email = secretary.contactEmail ?? contactEmail();
  return (
    <dl className="mt-2 grid max-w-md grid-cols-[auto_1fr] gap-x-4 gap-y-1">
      <dt className="font-semibold">Naam</dt>
      <dd>{secretary.user.name}</dd>
      <dt className="font-semibold">E-mail</dt>
      <dd>
        <a href={`mailto:${email}`}>{email}</a>
      </dd>
      {secretary.contactPhone && (
        <>
          <dt className="font-semibold">Telefoon</dt>
          <dd>
            <a href={`tel:${secretary.contactPhone.replace(/[^\d+]/g, "")}`}>{secretary.contactPhone}</a>
          </dd>
        </>
      )}
    </dl>
  );
}
