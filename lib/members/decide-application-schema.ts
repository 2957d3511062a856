import { z } from "zod";
import { idField, optionalText } from "../forms/fields";
import { slugify } from "../format/slug";
import { NEW_MUNICIPALITY } from "./sign-up-schema";

export { NEW_MUNICIPALITY };

/** The secretary's decision on one application: the form on /beheer/aanmeldingen/[id] and its action. */
export const decideApplicationSchema = z
  .object({
    applicationId: idField("Deze aanmelding bestaat niet (meer)."),
    decision: z.enum(["approve", "reject"], { error: "Kies of je de aanmelding goedkeurt of afwijst." }),
    message: optionalText(1000, "Een bericht is hoogstens 1000 tekens.", { multiline: true }),
    /** For a typed-in municipality: an existing municipality's id, or NEW_MUNICIPALITY. */
    municipalityId: optionalText(40, "Kies een gemeente uit de lijst."),
    newMunicipalityName: optionalText(80, "De naam van een gemeente is hoogstens 80 tekens."),
  })
  .superRefine((data, context) => {
    if (data.municipalityId === NEW_MUNICIPALITY && slugify(data.newMunicipalityName ?? "").length < 2) {
      context.addIssue({ code: "custom", path: ["newMunicipalityName"], message: "Vul de naam van de nieuwe gemeente in, in letters." });
    }
  });

export type DecideApplicationInput = z.infer<typeof decideApplicationSchema>;
