"use client";

import { MarkdownBody } from "@/components/articles/markdown-body";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveSitePageAction } from "@/lib/site-pages/admin-actions";
import { PAGE_BODY_MAX } from "@/lib/site-pages/page-schema";
import { fillPlaceholders, type PlaceholderValue } from "@/lib/site-pages/placeholders";
import { UnsavedPreview } from "@/components/forms/unsaved-preview";

export type SitePageFormValues = { title: string; intro: string; body: string };

type Props = {
  pageKey: string;
  baseVersionId: string;
  initial: SitePageFormValues;
  /** The placeholders filled in with today's settings, for the preview (the form itself keeps them as they are). */
  placeholderValues: Record<string, PlaceholderValue>;
};

const labels = { title: "Titel", intro: "Inleiding", body: "Tekst", pageKey: "Pagina" };

const bodyHint =
  "In Markdown: een witregel begint een nieuwe alinea; ## Tussenkop; - opsomming; 1. genummerde lijst; *schuin*; **vet**; [linktekst](/agenda) of [linktekst](https://voorbeeld.nl). HTML wordt niet getoond. Bedragen en adressen uit de instellingen schrijf je als plaatshouder, zoals {{bijdrage}}.";

/** Edits a page's text; "Voorbeeld" shows it rendered below the form without saving (it works without JavaScript too). */
export function SitePageForm({ pageKey, baseVersionId, initial, placeholderValues }: Props) {
  const { state, pending, formProps, errors } = useFormAction(saveSitePageAction);
  const values = { ...initial, baseVersionId, ...state.values };
  const { field } = fieldsOf(labels, values, errors);
  const preview = state.status === "success" && state.values?.intent === "preview";
  return (
    <>
      <form {...formProps} className="max-w-3xl">
        <FormFeedback state={state} labels={labels} />
        <input type="hidden" name="pageKey" value={pageKey} />
        <input type="hidden" name="baseVersionId" value={values.baseVersionId} />
        <TextField {...field("title")} maxLength={120} />
        <TextArea {...field("intro")} optional hint="De vetgedrukte alinea onder de titel, zonder Markdown." maxLength={1000} rows={3} />
        <TextArea {...field("body")} hint={bodyHint} maxLength={PAGE_BODY_MAX} rows={24} />
        <div className="flex flex-wrap gap-4">
          <SubmitButton pending={pending} name="intent" value="save">
            Opslaan
          </SubmitButton>
          <SubmitButton pending={pending} name="intent" value="preview" variant="secondary">
            Voorbeeld
          </SubmitButton>
        </div>
      </form>
      {preview && (
        <UnsavedPreview notSavedYet="Zo komt de pagina eruit te zien. Ze is nog niet opgeslagen." title={values.title}>
          {values.intro && <p className="my-4 text-lg">{fillPlaceholders(values.intro, placeholderValues, { markdown: false })}</p>}
          <MarkdownBody source={fillPlaceholders(values.body, placeholderValues)} minHeadingLevel={3} />
        </UnsavedPreview>
      )}
    </>
  );
}
