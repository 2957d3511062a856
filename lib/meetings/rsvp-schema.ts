import { z } from "zod";

export const rsvpSchema = z.object({
  meetingId: z.string().trim().min(1, "Kies een bijeenkomst.").max(40, "Kies een bijeenkomst."),
  status: z.enum(["ATTENDING", "NOT_ATTENDING"], { error: "Kies of je komt." }),
});
export const rsvpFields = ["meetingId", "status"] as const;
