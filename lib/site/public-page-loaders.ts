import { getPublishedArticle, listArticles } from "../articles/queries";
import { loadHomePage } from "../home/load-home-page";
import { loadAgendaPage } from "../meetings/load-agenda-page";
import { getPublishedMeeting, listMeetingsForCalendar } from "../meetings/queries";
import { loadKernclubPage } from "../kernclub/load-kernclub-page";
import { getCurrentSecretary } from "../kernclub/queries";

/** The data loader behind each public page, by page; used by the query-count test and the benchmark. */
export const publicPageLoaders = (meetingSlug: string, articleSlug: string): Record<string, () => Promise<unknown>> => ({
  "/": () => loadHomePage(),
  "/agenda": () => loadAgendaPage(),
  "/agenda/[slug]": () => getPublishedMeeting(meetingSlug),
  "/agenda.ics": () => listMeetingsForCalendar(),
  "/nieuws": () => listArticles(),
  "/nieuws/[slug]": () => getPublishedArticle(articleSlug),
  "/kernclub": () => loadKernclubPage(),
  "/contact": () => getCurrentSecretary(),
});
