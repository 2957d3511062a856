"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { ExtraEmailsField } from "@/components/forms/extra-emails-field";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveMailingAction } from "@/lib/mailings/admin-actions";
import { MAILING_BODY_MAX, mailingLabels, meetingGroupLabels, meetingGroups } from "@/lib/mailings/mailing-schema";
import type { MailingFormOptions } from "@/lib/mailings/queries";

const groupOptions = meetingGroups.map((group) => ({ value: group, label: meetingGroupLabels[group] }));

type Props = { mailingId?: string; initial?: Record<string, string>; options: MailingFormOptions };

/** A mailing's text and recipients; saving keeps it as a draft to preview, test and send. */
export function MailingForm({ mailingId, initial = { everyone: "ja" }, options }: Props) {
  const { state, pending, formProps, errors } = useFormAction(saveMailingAction);
  const { field, checkbox } = fieldsOf(mailingLabels, state.values ?? initial, errors);
  return (
    <form {...formProps} className="max-w-2xl">
      <FormFeedback state={state} labels={mailingLabels} />
      {mailingId && <input type="hidden" name="mailingId" value={mailingId} />}
      <TextField {...field("subject")} maxLength={150} />
      <TextArea
        {...field("body")}
        hint="Markdown: een lege regel begint een nieuwe alinea, **vet**, een regel met - wordt een opsomming, [tekst](https://adres) een link. De aanhef (Beste …) en de afmeldlink zet de site erbij."
        maxLength={MAILING_BODY_MAX}
        rows={12}
      />
      <SelectField {...field("documentId")} optional placeholder="Geen document" options={options.documents} />
      <fieldset className="mb-5">
        <legend className="mb-3 text-xl font-semibold">Ontvangers</legend>
        <p className="mb-4">Kies een of meer groepen: iedereen krijgt het bericht één keer. Wie zich voor berichten heeft afgemeld, krijgt het niet.</p>
        <CheckboxField
          {...checkbox("everyone")}
          hint="Deelnemers, kernclubleden en de secretaris met een lidmaatschap voor dit jaar: dat van hun gemeente of een eigen."
        />
        <SelectField {...field("municipalityId")} optional placeholder="Geen gemeente" options={options.municipalities} />
        <CheckboxField {...checkbox("kernclub")} hint="De voorzitter en de leden van de kernclub zoals op de kernclubpagina." />
        <SelectField {...field("meetingId")} optional placeholder="Geen bijeenkomst" options={options.meetings} />
        <SelectField {...field("meetingGroup")} optional placeholder="Kies als je een bijeenkomst koos" options={groupOptions} />
        <ExtraEmailsField {...field("extraEmails")} rows={4} />
      </fieldset>
      <SubmitButton pending={pending}>Concept opslaan</SubmitButton>
    </form>
  );
}
