import type { MeetingKind } from "../db/generated/enums";

export const meetingKindLabels: Record<MeetingKind, string> = {
  MEETING: "Bijeenkomst",
  TWENTY_FOUR_HOUR: "24-uursbijeenkomst",
  NETWORK_CAFE: "Netwerkcafé",
};
