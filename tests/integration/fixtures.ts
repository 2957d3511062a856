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

/** The request form on /versnellingstraject as a browser sends it: all six conditions answered. */
export function accelerationRequestForm(overrides: Record<string, string> = {}): Record<string, string> {
  const answers = Object.fromEntries(
    [1, 2, 3, 4, 5, 6].flatMap((number) => [
      [`condition${number}`, number === 5 ? "nee" : "ja"],
      [`condition${number}Explanation`, `Toelichting bij voorwaarde ${number}.`],
    ]),
  );
  return {
    submissionId: randomUUID(),
    municipalityName: "Tilburg",
    contactName: "Anna de Vries",
    contactRole: "Programmamanager sociaal domein",
    email: `anna-${randomUUID().slice(0, 8)}@tilburg.test`,
    phone: "06-12 34 56 78",
    question: "Wij willen de transformatie van de jeugdhulp en de Wmo versnellen, met inwoners aan tafel.",
    client: "Petra Jansen, directeur sociaal domein",
    ...answers,
    ...overrides,
  };
}

export function formDataOf(values: Record<string, string>): FormData {
  const formData = new FormData();
  for (const [name, value] of Object.entries(values)) formData.set(name, value);
  return formData;
}
