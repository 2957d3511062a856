"use client";

import { EmailField, JobTitleField, NameField, PhoneField, personFieldLabels } from "@/components/forms/person-fields";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { requestAccelerationAction } from "@/lib/acceleration/actions";
import { accelerationConditions } from "@/lib/acceleration/conditions";
import { conditionAnswerLabels } from "@/lib/acceleration/labels";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";

const labels: Record<string, string> = {
  municipalityName: "Gemeente",
  contactName: "Je naam",
  contactRole: "Je functie",
  email: "E-mailadres op het werk",
  phone: personFieldLabels.phone,
  question: "Vraag of transformatieopgave",
  client: "Opdrachtgever binnen de gemeente",
  ...Object.fromEntries(
    accelerationConditions.flatMap((_, index) => [
      [`condition${index + 1}`, `Voorwaarde ${index + 1}`],
      [`condition${index + 1}Explanation`, `Toelichting bij voorwaarde ${index + 1}`],
    ]),
  ),
};

const answers = Object.entries(conditionAnswerLabels).map(([value, label]) => ({ value, label }));

/** The request for the versnellingstraject on /versnellingstraject; works with and without JavaScript. */
export function AccelerationRequestForm({ submissionId }: { submissionId: string }) {
  const { state, pending, formProps, values, errors } = useFormAction(requestAccelerationAction);
  const { field } = fieldsOf(labels, values, errors);
  return (
    <form {...formProps} className="max-w-2xl">
      <FormFeedback state={state} labels={labels} />
      <input type="hidden" name="submissionId" value={values.submissionId ?? submissionId} />

      <h3 className="mb-4 text-lg">Gemeente en contactpersoon</h3>
      <TextField {...field("municipalityName")} hint="Bijvoorbeeld: Tilburg." maxLength={80} />
      <NameField values={values} errors={errors} name="contactName" label={labels.contactName} />
      <JobTitleField values={values} errors={errors} name="contactRole" label={labels.contactRole} hint="Bijvoorbeeld: programmamanager sociaal domein." />
      <EmailField
        values={values}
        errors={errors}
        label={labels.email}
        hint="Hierheen sturen we de link om je aanvraag te bevestigen, en later elk bericht over je aanvraag."
      />
      <PhoneField values={values} errors={errors} />

      <h3 className="mb-4 mt-8 text-lg">De opgave</h3>
      <TextArea
        {...field("question")}
        hint="Bij welk sociaal vraagstuk wil je gemeente de transformatie versnellen, en welk maatschappelijk effect zoekt zij? Hoogstens 2000 tekens."
        maxLength={2000}
        rows={6}
      />
      <TextField {...field("client")} hint="Naam en functie, bijvoorbeeld: Petra Jansen, directeur sociaal domein." maxLength={200} />

      <h3 className="mb-2 mt-8 text-lg">De zes voorwaarden</h3>
      <p className="mb-4 max-w-prose">
        Geef per voorwaarde aan of die voor je gemeente geldt, met een korte toelichting. In het intakegesprek bespreekt Movisie ze met je.
      </p>
      {accelerationConditions.map((condition, index) => {
        const number = index + 1;
        return (
          <div key={number} className="mb-6 border-l-4 border-brand-100 pl-4">
            <RadioGroup {...field(`condition${number}`)} label={`Voorwaarde ${number}: ${condition}`} options={answers} />
            <TextArea {...field(`condition${number}Explanation`)} hint="Hoogstens 500 tekens." maxLength={500} rows={3} />
          </div>
        );
      })}
      <SubmitButton pending={pending}>Vraag het versnellingstraject aan</SubmitButton>
    </form>
  );
}
