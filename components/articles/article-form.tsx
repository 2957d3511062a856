"use client";

import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextArea } from "@/components/forms/text-area";
import { TextField } from "@/components/forms/text-field";
import { useFormAction } from "@/components/forms/use-form-action";
import { saveArticleAction } from "@/lib/articles/admin-actions";
import { articleKindLabels } from "@/lib/articles/article-kind";
import { BODY_MAX, articleStatusLabels } from "@/lib/articles/article-schema";
import type { ArticleFormValues } from "@/lib/articles/load-article-form";
import { ThemeChoice } from "@/components/themes/theme-choice";
import type { ThemeOption } from "@/lib/themes/queries";
import { MarkdownBody } from "./markdown-body";
import { FormFeedback } from "@/components/forms/form-feedback";
import { fieldsOf } from "@/components/forms/fields-of";
import { UnsavedPreview } from "@/components/forms/unsaved-preview";

type Props = { articleId?: string; initial: ArticleFormValues; meetings: { value: string; label: string }[]; themes: ThemeOption[] };

const labels = {
  title: "Titel",
  kind: "Soort bericht",
  summary: "Samenvatting",
  body: "Tekst",
  publishedOn: "Publicatiedatum",
  meetingId: "Verslag van bijeenkomst",
  sourceNote: "Bronvermelding",
  themeIds: "Thema's",
  status: "Status",
};

const kindOptions = Object.entries(articleKindLabels).map(([value, label]) => ({ value, label }));
const statusOptions = [
  { value: "DRAFT", label: articleStatusLabels.DRAFT, hint: "Alleen zichtbaar in het beheer." },
  { value: "PUBLISHED", label: articleStatusLabels.PUBLISHED, hint: "Direct zichtbaar op de website." },
];

const bodyHint =
  "In Markdown: een witregel begint een nieuwe alinea; ## Tussenkop; - opsomming; *schuin*; **vet**; [linktekst](https://voorbeeld.nl). HTML wordt niet getoond.";

/** One form for a new and an existing article; "Voorbeeld bekijken" shows the text rendered below it without saving. */
export function ArticleForm({ articleId, initial, meetings, themes }: Props) {
  const { state, pending, formProps, errors } = useFormAction(saveArticleAction);
  const values = { ...initial, ...state.values };
  const { field } = fieldsOf(labels, values, errors);
  const preview = state.status === "success" && state.values?.intent === "preview";
  return (
    <>
      <form {...formProps} className="max-w-2xl">
        <FormFeedback state={state} labels={labels} />
        {articleId && <input type="hidden" name="articleId" value={articleId} />}
        <TextField {...field("title")} maxLength={200} />
        <RadioGroup {...field("kind")} options={kindOptions} />
        <TextArea {...field("summary")} hint="Een of twee zinnen voor de lijst met berichten." maxLength={500} rows={3} />
        <TextArea {...field("body")} hint={bodyHint} maxLength={BODY_MAX} rows={16} />
        <TextField {...field("publishedOn")} type="date" />
        <SelectField
          {...field("meetingId")}
          optional
          hint="Alleen voor een verslag: het bericht komt dan ook bij de bijeenkomst te staan."
          placeholder="Geen bijeenkomst"
          options={meetings}
        />
        <TextField {...field("sourceNote")} optional hint="Als het bericht eerder ergens anders verscheen." maxLength={300} />
        <ThemeChoice options={themes} selected={values.themeIds ?? ""} error={errors.themeIds} />
        <RadioGroup {...field("status")} options={statusOptions} />
        <div className="flex flex-wrap gap-4">
          <SubmitButton pending={pending} name="intent" value="save">
            Bericht opslaan
          </SubmitButton>
          <SubmitButton pending={pending} name="intent" value="preview" variant="secondary">
            Voorbeeld bekijken
          </SubmitButton>
        </div>
      </form>
      {preview && (
        <UnsavedPreview notSavedYet="Zo komt het bericht eruit te zien. Het is nog niet opgeslagen." title={values.title}>
          <p className="my-4 italic">{values.summary}</p>
          <MarkdownBody source={values.body} minHeadingLevel={3} />
          {values.sourceNote && <p className="mt-6 max-w-prose italic">{values.sourceNote}</p>}
        </UnsavedPreview>
      )}
    </>
  );
}
