import { randomUUID } from "node:crypto";
import type { SignUpInput } from "@/lib/members/sign-up-schema";

export function signUpInput(overrides: Partial<SignUpInput> = {}): SignUpInput {
  return {
    submissionId: randomUUID(),
    name: "Anna de Vries",
    email: `anna-${randomUUID().slice(0, 8)}@tilburg.test`,
    phone: "06-12 34 56 78",
    jobTitle: "Beleidsadviseur",
    organisationType: "MUNICIPALITY",
    municipalityId: "",
    newMunicipality: "",
    organisationName: "",
    participation: "THIS_YEAR",
    meetingId: "",
    ...overrides,
  };
}
