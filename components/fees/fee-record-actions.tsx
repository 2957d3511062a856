"use client";

import type { ReactNode } from "react";
import { ActionButton } from "@/components/admin/action-button";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormAction } from "@/lib/auth/action-client";
import type { FeeStatus } from "@/lib/db/generated/enums";
import {
  creditInvoiceAction,
  invoiceFeeAction,
  recordPaymentAction,
  sendInvoiceAction,
  sendPaymentReminderAction,
  waiveFeeAction,
} from "@/lib/fees/admin-actions";
import { isAllowed } from "@/lib/fees/fee-transitions";
import { FormFeedback } from "@/components/forms/form-feedback";
import { type FormFields, fieldsOf } from "@/components/forms/fields-of";

/** `submit` is the button's text, when it says more than the title. */
type FormProps = { id: string; title: string; action: FormAction; submit?: string; variant?: "primary" | "secondary" | "danger" };

function FeeForm({
  id,
  title,
  action,
  submit = title,
  variant,
  fields,
}: FormProps & { fields: (form: FeeFields & { values: Record<string, string> }) => ReactNode }) {
  const { state, pending, formProps, values, errors } = useFormAction(action);
  return (
    <form {...formProps} className="rounded border border-neutral-300 p-4">
      <h3 className="mb-3">{title}</h3>
      <FormFeedback state={state} labels={fieldLabels} />
      <input type="hidden" name="id" value={id} />
      {fields({ ...fieldsOf(fieldLabels, values, errors), values })}
      <SubmitButton pending={pending} variant={variant}>
        {submit}
      </SubmitButton>
    </form>
  );
}

/** An action without fields: one button, with what it does. */
function FeeButton({ title, action, id, label, children }: { title: string; action: FormAction; id: string; label: string; children: string }) {
  return (
    <div className="rounded border border-neutral-300 p-4">
      <h3 className="mb-3">{title}</h3>
      <p className="mb-3">{children}</p>
      <ActionButton action={action} hidden={{ id }} label={label} variant="secondary" />
    </div>
  );
}

const fieldLabels = { id: "Bijdrage", withEInvoice: "E-factuur", paidOn: "Betaald op", reason: "Reden" };
type FeeFields = FormFields<keyof typeof fieldLabels>;

const reasonField = ({ field }: FeeFields) => <TextArea {...field("reason")} maxLength={500} rows={3} />;

type Props = { id: string; status: FeeStatus; invoiceSent: boolean; wantsEInvoice: boolean; today: string };

/** The actions the record's status allows, and only those (the server checks again). */
export function FeeRecordActions({ id, status, invoiceSent, wantsEInvoice, today }: Props) {
  if (status === "PAID" || status === "WAIVED") return <p>Deze bijdrage is afgehandeld: er zijn geen acties meer.</p>;
  return (
    <div className="grid gap-4 md:grid-cols-2">
      {isAllowed("send", status) && !invoiceSent && (
        <FeeForm
          id={id}
          title="Factuur versturen"
          action={sendInvoiceAction}
          fields={({ checkbox, values }) => (
            <>
              <p className="mb-3">Naar de contactpersoon voor facturen, met de factuur als pdf.{status !== "INVOICED" && " De factuur wordt eerst gemaakt."}</p>
              <CheckboxField
                {...checkbox("withEInvoice")}
                label="Ook de e-factuur (UBL) meesturen"
                defaultChecked={values.withEInvoice ? values.withEInvoice === "ja" : wantsEInvoice}
              />
            </>
          )}
        />
      )}
      {isAllowed("invoice", status) && (
        <FeeButton title="Alleen factuur maken" action={invoiceFeeAction} id={id} label="Factuur maken">
          Voor een gemeente die de factuur via een ander kanaal krijgt: maakt de factuur zonder hem te mailen.
        </FeeButton>
      )}
      {isAllowed("pay", status) && (
        <FeeForm
          id={id}
          title="Betaling boeken"
          action={recordPaymentAction}
          fields={({ field, values }) => <TextField {...field("paidOn")} type="date" defaultValue={values.paidOn ?? today} />}
        />
      )}
      {isAllowed("remind", status) && (
        <FeeButton title="Betalingsherinnering" action={sendPaymentReminderAction} id={id} label="Herinnering sturen">
          Stuurt de contactpersoon voor facturen een herinnering, met de factuur opnieuw als bijlage.
        </FeeButton>
      )}
      {isAllowed("waive", status) && (
        <FeeForm id={id} title="Kwijtschelden" action={waiveFeeAction} submit="Bijdrage kwijtschelden" variant="secondary" fields={reasonField} />
      )}
      {isAllowed("credit", status) && (
        <FeeForm
          id={id}
          title="Factuur crediteren"
          action={creditInvoiceAction}
          variant="danger"
          fields={(form) => (
            <>
              <p className="mb-3">Maakt een creditnota die de factuur laat vervallen; beide blijven bewaard. Daarna kan een nieuwe factuur volgen.</p>
              {reasonField(form)}
            </>
          )}
        />
      )}
    </div>
  );
}
