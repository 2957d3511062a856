import type { AccelerationRequestStatus } from "../db/generated/enums";
import type { AccelerationStep } from "./status-steps";

export const accelerationStatusLabels: Record<AccelerationRequestStatus, string> = {
  NEW: "nieuw",
  INTAKE_PLANNED: "intakegesprek gepland",
  ACCEPTED: "geaccepteerd",
  DECLINED: "afgewezen",
};

/** The tabs on /beheer/versnellingstraject, by their Dutch query value; unconfirmed requests are kept apart. */
export const accelerationFilterLabels = {
  nieuw: "Nieuw",
  intake: "Intakegesprek gepland",
  geaccepteerd: "Geaccepteerd",
  afgewezen: "Afgewezen",
  onbevestigd: "Nog niet bevestigd",
} as const;
export type AccelerationFilter = keyof typeof accelerationFilterLabels;

export const accelerationStepButtons: Record<AccelerationStep, string> = {
  intake: "Intakegesprek plannen",
  accept: "Aanvraag accepteren",
  decline: "Aanvraag afwijzen",
};

/** The confirmation on a request's page after a step (?gedaan=accept). */
export const accelerationStepNotices: Record<AccelerationStep, string> = {
  intake: "Het intakegesprek staat als gepland en de aanvrager krijgt een e-mail met je bericht.",
  accept: "De aanvraag is geaccepteerd en de aanvrager krijgt een e-mail met je bericht.",
  decline: "De aanvraag is afgewezen en de aanvrager krijgt een e-mail met je bericht.",
};

export const conditionAnswerLabels = { ja: "Ja", nee: "Nee" } as const;
