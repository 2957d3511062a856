import { type CsvColumn, excelCsv } from "../format/excel-csv";
import { meetingDaysLabels, rsvpStatusLabels } from "../meetings/rsvp-labels";
import type { Attendance } from "./load-attendance";

const yesNo = (value: boolean) => (value ? "ja" : "nee");

/** The attendance list for Excel: who comes first, then the waiting list in order. */
export function attendanceCsv({ meeting, attending, waitlist }: Pick<Attendance, "meeting" | "attending" | "waitlist">): string {
  const twentyFourHour = meeting.kind === "TWENTY_FOUR_HOUR";
  const columns: CsvColumn[] = [
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
    name: row.name,
    organisation: row.organisation,
    email: row.email,
    status: rsvpStatusLabels[row.status],
    waitlistPlace: row.status === "WAITLISTED" ? String(waitlist.indexOf(row) + 1) : "",
    days: row.days ? meetingDaysLabels[row.days] : "",
    dinner: yesNo(row.dinner),
    overnight: yesNo(row.overnight),
    dietaryWishes: row.dietaryWishes,
  }));
  return excelCsv(columns, records);
}

export function attendanceCsvFileName(slug: string): string {
  return `aanwezigheid-${slug}.csv`;
}
