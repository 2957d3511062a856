import { z } from "zod";
import { checkboxField, idField } from "../forms/fields";

export const KEPT_PERSON_GONE = "Deze persoon bestaat niet (meer).";

/** "Samenvoegen" on a person's page: `keepId` is the person of the page, `mergeId` the one that goes. */
export const mergePeopleSchema = z
  .object({
    keepId: idField(KEPT_PERSON_GONE),
    mergeId: idField("Kies de persoon die je wilt samenvoegen."),
    confirmMerge: checkboxField.refine((value) => value, "Zet het vinkje om te bevestigen dat je deze twee personen wilt samenvoegen."),
  })
  .refine((data) => data.keepId !== data.mergeId, {
    path: ["mergeId"],
    message: "Kies een andere persoon dan deze: een persoon kan niet met zichzelf samengaan.",
  });
