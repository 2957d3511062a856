"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormFeedback } from "@/components/forms/form-feedback";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveMailingAction } from "@/lib/mailings/admin-actions";
import { MAILING_BODY_MAX, mailingLabels, meetingGroupLabels, meetingGroups } from "@/lib/mailings/mailing-schema";
import type { MailingFormOptions } from "@/lib/mailings/queries";

type Props = { mailingId?: string; initial?: Record<string, string>; options: MailingFormOptions };

/** A mailing's text and recipients; saving keeps it as a draft to preview, test and send. */
export function MailingForm({ mailingId, initial = { everyone: "ja" }, options }: Props) {
  const { state, pending, formProps, errors } = useFormAction(saveMailingAction);
  const values = state.values ?? initial;
  return (
    <form {...formProps} className="max-w-2xl">
      <FormFeedback state={state} labels={mailingLabels} />
      {mailingId && <input type="hidden" name="mailingId" value={mailingId} />}
      <TextField name="subject" label={mailingLabels.subject} defaultValue={values.subject} error={errors?.subject} maxLength={150} />
      <TextArea
        name="body"
        label={mailingLabels.body}
        hint="Markdown: een lege regel begint een nieuwe alinea, **vet**, een regel met - wordt een opsomming, [tekst](https://adres) een link. De aanhef (Beste …) en de afmeldlink zet de site erbij."
        defaultValue={values.body}
        error={errors?.body}
        maxLength={MAILING_BODY_MAX}
        rows={12}
      />
      <SelectField
        name="documentId"
        label={mailingLabels.documentId}
        optional
        placeholder="Geen document"
        options={options.documents}
        defaultValue={values.documentId}
        error={errors?.documentId}
      />
      <fieldset className="mb-5">
        <legend className="mb-3 text-xl font-semibold">Ontvangers</legend>
        <p className="mb-4">Kies een of meer groepen: iedereen krijgt het bericht één keer. Wie zich voor berichten heeft afgemeld, krijgt het niet.</p>
        <CheckboxField
          name="everyone"
          label={mailingLabels.everyone}
          hint="Deelnemers, kernclubleden en de secretaris met een lidmaatschap voor dit jaar: dat van hun gemeente of een eigen."
          defaultChecked={values.everyone === "ja"}
          error={errors?.everyone}
        />
        <SelectField
          name="municipalityId"
          label={mailingLabels.municipalityId}
          optional
          placeholder="Geen gemeente"
          options={options.municipalities}
          defaultValue={values.municipalityId}
          error={errors?.municipalityId}
        />
        <CheckboxField
          name="kernclub"
          label={mailingLabels.kernclub}
          hint="De voorzitter en de leden van de kernclub zoals op de kernclubpagina."
          defaultChecked={values.kernclub === "ja"}
          error={errors?.kernclub}
        />
        <SelectField
          name="meetingId"
          label={mailingLabels.meetingId}
          optional
          placeholder="Geen bijeenkomst"
          options={options.meetings}
          defaultValue={values.meetingId}
          error={errors?.meetingId}
        />
        <SelectField
          name="meetingGroup"
          label={mailingLabels.meetingGroup}
          optional
          placeholder="Kies als je een bijeenkomst koos"
          options={meetingGroups.map((group) => ({ value: group, label: meetingGroupLabels[group] }))}
          defaultValue={values.meetingGroup}
          error={errors?.meetingGroup}
        />
        <TextArea
          name="extraEmails"
          label={mailingLabels.extraEmails}
          optional
          hint="Eén adres per regel. Wie nog geen account heeft, komt erbij als gast."
          defaultValue={values.extraEmails}
          error={errors?.extraEmails}
          maxLength={50_000}
          rows={4}
        />
      </fieldset>
      <SubmitButton pending={pending}>Concept opslaan</SubmitButton>
    </form>
  );
}
