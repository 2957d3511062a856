import { formatDate, formatTime } from "../format/dates";
import { type FormState, invalid, refusedField } from "../forms/form-state";
import { NOT_COVERED_FOR_RSVP } from "../members/labels";
import type { RsvpResult } from "./rsvp";

/** "Genoteerd: je komt.", the waiting list, or a refusal that names its field: one mapping for both answer forms. */
export function rsvpFormState(result: RsvpResult, values: Record<string, string>): FormState {
  switch (result.outcome) {
    case "saved":
      if (result.status === "ATTENDING") return { status: "success", message: "Genoteerd: je komt.", values };
      if (result.status === "NOT_ATTENDING") return { status: "success", message: "Genoteerd: je komt niet.", values };
      return {
        status: "success",
        message: `Alle plaatsen zijn bezet: je staat op de wachtlijst${result.waitlistPosition ? ` (nummer ${result.waitlistPosition})` : ""}. Komt er een plaats vrij, dan krijg je bericht.`,
        values,
      };
    case "not-allowed":
      return refusedField("status", `Je doet dit jaar niet mee via je gemeente of een eigen lidmaatschap. ${NOT_COVERED_FOR_RSVP}`, values);
    case "closed":
      return refusedField("meetingId", "Deze bijeenkomst is voorbij, afgelast of bestaat niet meer.", values);
    case "deadline":
      return refusedField(
        "status",
        `Je antwoord kan niet meer veranderen: dat kon tot ${formatDate(result.deadline)} ${formatTime(result.deadline)} uur. Neem contact op met de secretaris als er iets verandert.`,
        values,
      );
    case "invalid":
      return invalid(result.fieldErrors, values);
  }
}
