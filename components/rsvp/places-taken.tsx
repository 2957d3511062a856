import type { Places } from "@/lib/meetings/rsvp-queries";

/** "19 van 50 plaatsen bezet", and for a 24-hour meeting the dinner and overnight places; nothing without limits. */
export function PlacesTaken({ places }: { places: Places | null }) {
  if (!places) return null;
  const lines = [
    places.capacity !== null &&
      `${Math.min(places.taken, places.capacity)} van ${places.capacity} plaatsen bezet${places.waiting ? `, ${places.waiting} op de wachtlijst` : ""}.`,
    places.dinnerCapacity !== null && `Diner: ${places.dinnerTaken} van ${places.dinnerCapacity} plaatsen bezet.`,
    places.overnightCapacity !== null && `Overnachting: ${places.overnightTaken} van ${places.overnightCapacity} plaatsen bezet.`,
  ].filter((line): line is string => Boolean(line));
  if (!lines.length) return null;
  return (
    <ul className="mb-3 space-y-1">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
