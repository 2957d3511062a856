"use client";

import { CheckboxField } from "@/components/forms/checkbox-field";
import { ExtraEmailsField } from "@/components/forms/extra-emails-field";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import { sendInvitationsAction } from "@/lib/invitations/admin-actions";
import { inviteLabels } from "@/lib/invitations/invite-schema";

type Option = { value: string; label: string };
type Props = { meetingId: string; municipalities: Option[]; roles: Option[] };

/** Who gets the invitation; sending queues one message per person and returns at once. */
export function InviteForm({ meetingId, municipalities, roles }: Props) {
  const { state, pending, formProps } = useFormAction(sendInvitationsAction);
  const { field, checkbox } = fieldsOf(inviteLabels, state.values ?? { members: "ja" }, state.fieldErrors);
  return (
    <form {...formProps} className="max-w-2xl">
      <FormFeedback state={state} labels={inviteLabels} />
      <input type="hidden" name="meetingId" value={meetingId} />
      <CheckboxField
        {...checkbox("members")}
        label="Alle deelnemers die dit jaar meedoen"
        hint="Deelnemers, kernclubleden en de secretaris met een actief account en een lidmaatschap voor dit jaar: dat van hun gemeente, of een eigen lidmaatschap (ministeries, de VNG en andere organisaties)."
      />
      <SelectField {...field("municipalityId")} label="Alleen deze gemeente" optional placeholder="Alle gemeenten" options={municipalities} />
      <SelectField
        {...field("role")}
        hint="De kernclub is wie nu voorzitter of lid van de kernclub is, zoals de pagina Kernclub toont, welke rol die persoon ook heeft."
        optional
        placeholder="Iedereen"
        options={roles}
      />
      <CheckboxField
        {...checkbox("guests")}
        label="Gasten van deze bijeenkomst"
        hint="Gasten die al hebben laten weten dat ze komen, of die zich voor deze bijeenkomst hebben aangemeld."
      />
      <ExtraEmailsField {...field("extraEmails")} rows={5} />
      <SubmitButton pending={pending}>Uitnodiging versturen</SubmitButton>
    </form>
  );
}
