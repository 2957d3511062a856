"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { useFormAction } from "@/components/forms/use-form-action";
import { sendInvitationsAction } from "@/lib/invitations/admin-actions";
import { inviteLabels } from "@/lib/invitations/invite-schema";

type Option = { value: string; label: string };
type Props = { meetingId: string; municipalities: Option[]; roles: Option[] };

/** Who gets the invitation; sending queues one message per person and returns at once. */
export function InviteForm({ meetingId, municipalities, roles }: Props) {
  const { state, pending, formProps } = useFormAction(sendInvitationsAction);
  const values = state.values ?? { members: "ja" };
  const errors = state.fieldErrors;
  return (
    <form {...formProps} className="max-w-2xl">
      <ErrorSummary fieldErrors={errors} labels={inviteLabels} />
      <FormMessage state={state} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <CheckboxField
        name="members"
        label="Alle deelnemers die dit jaar meedoen"
        hint="Deelnemers, kernclubleden en de secretaris met een actief account en een lidmaatschap voor dit jaar: dat van hun gemeente, of een eigen lidmaatschap (ministeries, de VNG en andere organisaties)."
        defaultChecked={values.members === "ja"}
        error={errors?.members}
      />
      <SelectField
        name="municipalityId"
        label="Alleen deze gemeente"
        optional
        placeholder="Alle gemeenten"
        options={municipalities}
        defaultValue={values.municipalityId}
        error={errors?.municipalityId}
      />
      <SelectField
        name="role"
        label={inviteLabels.role}
        hint="De kernclub is wie nu voorzitter of lid van de kernclub is, zoals de pagina Kernclub toont, welke rol die persoon ook heeft."
        optional
        placeholder="Iedereen"
        options={roles}
        defaultValue={values.role}
        error={errors?.role}
      />
      <CheckboxField
        name="guests"
        label="Gasten van deze bijeenkomst"
        hint="Gasten die al hebben laten weten dat ze komen, of die zich voor deze bijeenkomst hebben aangemeld."
        defaultChecked={values.guests === "ja"}
        error={errors?.guests}
      />
      <TextArea
        name="extraEmails"
        label="Extra e-mailadressen"
        optional
        hint="Eén adres per regel. Wie nog geen account heeft, komt erbij als gast."
        defaultValue={values.extraEmails}
        error={errors?.extraEmails}
        maxLength={50_000}
        rows={5}
      />
      <SubmitButton pending={pending}>Uitnodiging versturen</SubmitButton>
    </form>
  );
}
