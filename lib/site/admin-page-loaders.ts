import { listAuditActors, listAuditEntries } from "../audit/list-audit-entries";
import { listApplications, loadApplicationPage } from "../members/list-applications";
import { loadAdminOverview } from "./load-admin-overview";

/** Ids of records whose pages the benchmark and the query-count test open. */
export type AdminSamples = { applicationId: string; userId: string; municipalityId: string; meetingId: string; articleId: string; search: string };

/** The data loading behind each admin page, by page (with a search or filter where the page has one). */
export const adminPageLoaders = (samples: AdminSamples): Record<string, () => Promise<unknown>> => ({
  "/beheer": () => loadAdminOverview(),
  "/beheer/aanmeldingen": () => listApplications("PENDING", 2),
  "/beheer/aanmeldingen/[id]": () => loadApplicationPage(samples.applicationId),
  "/beheer/logboek": () => Promise.all([listAuditEntries({}, 3), listAuditActors()]),
  "/beheer/logboek?type=User&id=…": () => Promise.all([listAuditEntries({ entityType: "User", entityId: samples.userId }, 1), listAuditActors()]),
});
