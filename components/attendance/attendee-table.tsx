import { type Column, DataTable } from "@/components/admin/data-table";
import type { AttendeeRow } from "@/lib/attendance/load-attendance";
import { meetingDaysLabels } from "@/lib/meetings/rsvp-labels";

type Props = { caption: string; rows: AttendeeRow[]; twentyFourHour: boolean; numbered?: boolean; empty: string };

const place: Column<AttendeeRow> = { header: "Plaats", cell: (_, index) => index + 1 };
const person: Column<AttendeeRow>[] = [
  { header: "Naam", cell: (row) => row.name },
  { header: "Gemeente of organisatie", cell: (row) => row.organisation },
  { header: "E-mailadres", cell: (row) => row.email, className: "break-all" },
];
const choices: Column<AttendeeRow>[] = [
  { header: "Dagen", cell: (row) => (row.days ? meetingDaysLabels[row.days] : "Niet opgegeven") },
  { header: "Diner", cell: (row) => (row.dinner ? "Ja" : "Nee") },
  { header: "Overnachting", cell: (row) => (row.overnight ? "Ja" : "Nee") },
  { header: "Dieetwensen", cell: (row) => row.dietaryWishes },
];

/** People with their municipality and, for a 24-hour meeting, their choices. Dietary wishes: only the secretary sees this table. */
export function AttendeeTable({ caption, rows, twentyFourHour, numbered = false, empty }: Props) {
  const columns = [numbered && place, ...person, ...(twentyFourHour ? choices : [])];
  return <DataTable columns={columns} rows={rows} caption={caption} hideCaption empty={empty} alignTop />;
}
