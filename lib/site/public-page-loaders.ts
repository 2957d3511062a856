import { getPublishedArticle, listArticles } from "../articles/queries";
import { loadHomePage } from "../home/load-home-page";
import { loadAgendaPage } from "../meetings/load-agenda-page";
import { getPublishedMeeting, listMeetingsForCalendar } from "../meetings/queries";
import { loadKernclubPage } from "../kernclub/load-kernclub-page";
import { getCurrentSecretary } from "../kernclub/queries";
import type { Database } from "../db/client";
import { listPublicParticipants } from "../municipalities/list-public-participants";

/** The data loader behind each public page, by page; used by the query-count test and the benchmark. */
export const publicPageLoaders = (db: Database, meetingSlug: string, articleSlug: string): Record<string, () => Promise<unknown>> => ({
  "/": () => loadHomePage(db),
  "/agenda": () => loadAgendaPage(db),
  "/agenda/[slug]": () => getPublishedMeeting(db, meetingSlug),
  "/agenda.ics": () => listMeetingsForCalendar(db),
  "/nieuws": () => listArticles(db),
  "/nieuws/[slug]": () => getPublishedArticle(db, articleSlug),
  "/kernclub": () => loadKernclubPage(db),
  "/contact": () => getCurrentSecretary(db),
  "/deelnemen": () => listPublicParticipants(db),
});
