import type { AccelerationRequestStatus } from "../db/generated/enums";

/** What the secretary can do with a confirmed request. */
export const accelerationSteps = ["intake", "accept", "decline"] as const;
export type AccelerationStep = (typeof accelerationSteps)[number];

/**
 * A request only moves forward: new → intake planned → accepted or declined. Movisie decides after the intake,
 * so accepting needs a planned intake; declining is possible straight away (a request that is clearly not for
 * the trajectory needs no intake). Accepted and declined are final.
 */
const stepRules: Record<AccelerationStep, { from: readonly AccelerationRequestStatus[]; to: AccelerationRequestStatus }> = {
  intake: { from: ["NEW"], to: "INTAKE_PLANNED" },
  accept: { from: ["INTAKE_PLANNED"], to: "ACCEPTED" },
  decline: { from: ["NEW", "INTAKE_PLANNED"], to: "DECLINED" },
};

export function isStepAllowed(step: AccelerationStep, status: AccelerationRequestStatus): boolean {
  return stepRules[step].from.includes(status);
}

export function targetOf(step: AccelerationStep): AccelerationRequestStatus {
  return stepRules[step].to;
}

/** The steps a request with this status can take next, in the order the buttons show them. */
export function nextSteps(status: AccelerationRequestStatus): AccelerationStep[] {
  return accelerationSteps.filter((step) => isStepAllowed(step, status));
}

/** Accepted and declined requests are closed: their retention period starts. */
export function isClosing(status: AccelerationRequestStatus): boolean {
  return status === "ACCEPTED" || status === "DECLINED";
}

const stepNames: Record<AccelerationStep, string> = {
  intake: "Een intakegesprek plannen",
  accept: "Accepteren",
  decline: "Afwijzen",
};

const statusReasons: Record<AccelerationRequestStatus, string> = {
  NEW: "er is nog geen intakegesprek gepland",
  INTAKE_PLANNED: "het intakegesprek is al gepland",
  ACCEPTED: "de aanvraag is al geaccepteerd",
  DECLINED: "de aanvraag is al afgewezen",
};

/** The Dutch refusal for a step the status does not allow, e.g. "Accepteren kan niet: er is nog geen intakegesprek gepland." */
export function stepRefusal(step: AccelerationStep, status: AccelerationRequestStatus): string {
  return `${stepNames[step]} kan niet: ${statusReasons[status]}.`;
}
