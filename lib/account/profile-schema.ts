import { z } from "zod";
import { jobTitleField, nameField, optionalPhoneField } from "../forms/fields";

export const profileSchema = z.object({ name: nameField, phone: optionalPhoneField, jobTitle: jobTitleField });

export const deleteAccountSchema = z.object({
  confirm: z.literal("ja", { error: "Vink aan dat je je account en je gegevens wilt verwijderen." }),
});
