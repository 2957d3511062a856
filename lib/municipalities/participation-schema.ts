import { z } from "zod";
import { idField, yearField } from "../forms/fields";

const municipalityId = idField("Deze gemeente bestaat niet (meer).");

// Two forms on one page: each year field has a name (and so an id) of its own.
export const giveParticipationSchema = z.object({ id: municipalityId, giveYear: yearField });

export const endParticipationSchema = z.object({
  id: municipalityId,
  fromYear: yearField,
  confirmEnd: z.literal("ja", { error: "Vink aan dat je de deelname wilt beëindigen." }),
});
