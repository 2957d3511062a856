import "server-only";
import { listAccelerationRequests, loadAccelerationRequest } from "../acceleration/list-requests";
import { listAdminArticles } from "../articles/list-admin-articles";
import { countPresenceByMunicipality } from "../attendance/count-presence-by-municipality";
import { loadAttendance } from "../attendance/load-attendance";
import { loadEditArticleForm, loadNewArticleForm } from "../articles/load-article-form";
import { listAuditActors, listAuditEntries } from "../audit/list-audit-entries";
import type { Database } from "../db/client";
import { listFeeRegister } from "../fees/list-fee-register";
import { loadFee } from "../fees/load-fee";
import { listRecentImports } from "../import/load-import-page";
import { getMeetingForAdmin, listMeetingsForAdmin } from "../meetings/admin-queries";
import { listApplications, loadApplicationPage } from "../members/list-applications";
import { listPeople } from "../members/list-people";
import { loadPersonPage } from "../members/person-page";
import { listMunicipalities } from "../municipalities/list-municipalities";
import { loadMunicipality } from "../municipalities/load-municipality";
import { municipalityOptions } from "../municipalities/municipality-options";
import { loadAdminKernclub } from "../kernclub/load-admin-kernclub";
import { loadAdminOverview } from "./load-admin-overview";

/** Ids of records whose pages the benchmark and the query-count test open. */
export type AdminSamples = {
  applicationId: string;
  userId: string;
  municipalityId: string;
  meetingId: string;
  articleId: string;
  feeRecordId: string;
  feeYear: number;
  accelerationRequestId: string;
  search: string;
};

/** The data loading behind each admin page, by page (with a search or filter where the page has one). */
export const adminPageLoaders = (db: Database, samples: AdminSamples): Record<string, () => Promise<unknown>> => ({
  "/beheer": () => loadAdminOverview(db),
  "/beheer/aanmeldingen": () => listApplications(db, "PENDING", 2),
  "/beheer/aanmeldingen/[id]": () => loadApplicationPage(db, samples.applicationId),
  "/beheer/versnellingstraject": () => listAccelerationRequests(db, "nieuw", 1),
  "/beheer/versnellingstraject/[id]": () => loadAccelerationRequest(db, samples.accelerationRequestId),
  "/beheer/mensen": () => listPeople(db, { q: "", role: "", status: "", page: 3 }),
  "/beheer/mensen?q=…": () => listPeople(db, { q: samples.search, role: "MEMBER", status: "actief", page: 1 }),
  "/beheer/mensen/[id]": () => Promise.all([loadPersonPage(db, samples.userId), municipalityOptions(db)]),
  "/beheer/mensen/nieuw": () => municipalityOptions(db),
  "/beheer/gemeenten": () => listMunicipalities(db, { q: "", year: "", page: 2 }),
  "/beheer/gemeenten/[id]": () => loadMunicipality(db, samples.municipalityId),
  "/beheer/importeren": () => listRecentImports(db),
  "/beheer/bijdragen": () => listFeeRegister(db, { year: samples.feeYear, status: null, q: "", overdue: false, page: 2 }),
  "/beheer/bijdragen?q=…": () => listFeeRegister(db, { year: samples.feeYear, status: "OPEN", q: "bulkgemeente 1", overdue: true, page: 1 }),
  "/beheer/bijdragen/[id]": () => loadFee(db, samples.feeRecordId),
  "/beheer/bijeenkomsten": () => Promise.all([listMeetingsForAdmin(db, { query: "", filter: "", page: 1 }), countPresenceByMunicipality(db)]),
  "/beheer/bijeenkomsten?q=…": () =>
    Promise.all([listMeetingsForAdmin(db, { query: "bijeenkomst 4", filter: "voorbij", page: 1 }), countPresenceByMunicipality(db)]),
  "/beheer/bijeenkomsten/nieuw": () => municipalityOptions(db),
  "/beheer/bijeenkomsten/[id]": () => Promise.all([getMeetingForAdmin(db, samples.meetingId), municipalityOptions(db)]),
  "/beheer/bijeenkomsten/[id]/aanwezigheid": () => loadAttendance(db, samples.meetingId),
  "/beheer/kernclub": () => loadAdminKernclub(db),
  "/beheer/nieuws": () => listAdminArticles(db, { query: "", status: "", page: 1 }),
  "/beheer/nieuws?q=…": () => listAdminArticles(db, { query: "bijeenkomst", status: "gepubliceerd", page: 1 }),
  "/beheer/nieuws/nieuw": () => loadNewArticleForm(db),
  "/beheer/nieuws/[id]": () => loadEditArticleForm(db, samples.articleId),
  "/beheer/logboek": () => Promise.all([listAuditEntries(db, {}, 3), listAuditActors(db)]),
  "/beheer/logboek?type=User&id=…": () => Promise.all([listAuditEntries(db, { entityType: "User", entityId: samples.userId }, 1), listAuditActors(db)]),
});
