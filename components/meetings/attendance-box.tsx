import type { ReactNode } from "react";
import { PlacesTaken } from "@/components/rsvp/places-taken";
import type { Places } from "@/lib/meetings/rsvp-queries";

/** The "Kom je?" box on a meeting's page and on its answer page: the places taken, then what the reader can do. */
export function AttendanceBox({ places, children }: { places: Places; children: ReactNode }) {
  return (
    <section aria-labelledby="aanwezig-titel" className="mt-8 rounded bg-brand-100 p-4">
      <h2 id="aanwezig-titel" className="mb-2">
        Kom je?
      </h2>
      <PlacesTaken places={places} />
      {children}
    </section>
  );
}
