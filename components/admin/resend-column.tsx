import type { FormAction } from "@/lib/auth/action-client";
import { ActionButton } from "./action-button";
import type { Column } from "./data-table";

type Resend<Row> = { action: FormAction; hidden: (row: Row) => Record<string, string>; ariaLabel: (row: Row) => string };

/** The last column of a list of sent messages: a button that sends the row's message again. */
export function resendColumn<Row>({ action, hidden, ariaLabel }: Resend<Row>): Column<Row> {
  return {
    header: <span className="sr-only">Actie</span>,
    cell: (row) => <ActionButton action={action} hidden={hidden(row)} label="Opnieuw versturen" ariaLabel={ariaLabel(row)} variant="secondary" />,
  };
}
