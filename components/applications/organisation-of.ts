import { organisationTypeLabels } from "@/lib/members/sign-up-schema";
import type { ApplicationRow } from "@/lib/members/list-applications";

/** "Gemeente Tilburg", "Gemeente Zwolle (zelf ingevuld)", "Ministerie van VWS". */
export function organisationOf(application: Pick<ApplicationRow, "municipality" | "newMunicipalityName" | "user">): string {
  if (application.municipality) return `Gemeente ${application.municipality.name}`;
  if (application.newMunicipalityName) return `Gemeente ${application.newMunicipalityName} (zelf ingevuld)`;
  const { organisationName, organisationType } = application.user;
  return organisationName ?? (organisationType ? organisationTypeLabels[organisationType] : "Onbekend");
}
