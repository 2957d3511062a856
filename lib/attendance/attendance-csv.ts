import { stringify } from "csv-stringify/sync";
import { meetingDaysLabels, rsvpStatusLabels } from "../meetings/rsvp-labels";
import type { Attendance } from "./load-attendance";

const yesNo = (value: boolean) => (value ? "ja" : "nee");

// A cell starting with one of these is run as a formula by Excel; names and diets are typed in by the public.
const FORMULA_START = /^[=+\-@\t\r]/;
const safe = (value: string) => (FORMULA_START.test(value) ? `'${value}` : value);

/**
 * The attendance list as Excel opens it on a Dutch computer: UTF-8 with a byte order mark (otherwise "é" shows as "Ã©"),
 * semicolons (the Dutch list separator), CRLF. Who comes first, then the waiting list in order.
 */
export function attendanceCsv({ meeting, attending, waitlist }: Pick<Attendance, "meeting" | "attending" | "waitlist">): string {
  const twentyFourHour = meeting.kind === "TWENTY_FOUR_HOUR";
  const columns = [
    { key: "name", header: "Naam" },
    { key: "organisation", header: "Gemeente of organisatie" },
    { key: "email", header: "E-mailadres" },
    { key: "status", header: "Antwoord" },
    { key: "waitlistPlace", header: "Plaats op wachtlijst" },
    ...(twentyFourHour
      ? [
          { key: "days", header: "Dagen" },
          { key: "dinner", header: "Diner" },
          { key: "overnight", header: "Overnachting" },
          { key: "dietaryWishes", header: "Dieetwensen" },
        ]
      : []),
  ];
  const records = [...attending, ...waitlist].map((row) => ({
    name: safe(row.name),
    organisation: safe(row.organisation),
    email: safe(row.email),
    status: rsvpStatusLabels[row.status],
    waitlistPlace: row.status === "WAITLISTED" ? String(waitlist.indexOf(row) + 1) : "",
    days: row.days ? meetingDaysLabels[row.days] : "",
    dinner: yesNo(row.dinner),
    overnight: yesNo(row.overnight),
    dietaryWishes: safe(row.dietaryWishes),
  }));
  return stringify(records, { bom: true, delimiter: ";", record_delimiter: "windows", header: true, columns });
}

export function attendanceCsvFileName(slug: string): string {
  return `aanwezigheid-${slug}.csv`;
}
