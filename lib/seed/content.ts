// The network's real content, taken from the source texts (2018–2022).
import type { ArticleKind, MeetingKind, PositionRole } from "../db/generated/enums";

export const municipalities = ["Almere", "Amersfoort", "Assen", "Breda", "Emmen", "Haarlem", "Leeuwarden", "Nijmegen", "Rotterdam", "Tilburg"];

export type SeedPerson = { key: string; name: string };
export const people: SeedPerson[] = [
  { key: "stef-van-de-weerd", name: "Stef van de Weerd" },
  { key: "afien-valkenborg", name: "Afien Valkenborg" },
  { key: "jan-willem-duker", name: "Jan Willem Duker" },
  { key: "femke-van-winden", name: "Femke van Winden" },
  { key: "marjon-breed", name: "Marjon Breed" },
  { key: "klaske-gonlag", name: "Klaske Gonlag" },
];

export type SeedPosition = {
  person: string;
  role: PositionRole;
  municipality?: string;
  startedOn: string;
  endedOn?: string;
  contactEmail?: string;
  contactPhone?: string;
  sortOrder?: number;
};

// The 2018 interview places the chair at Rotterdam, the 2020 page at Tilburg;
// the secretary was Marjon Breed until 2020 and Klaske Gonlag in 2022.
export const positions: SeedPosition[] = [
  { person: "stef-van-de-weerd", role: "CHAIR", municipality: "Rotterdam", startedOn: "2018-01-01", endedOn: "2019-12-31" },
  { person: "stef-van-de-weerd", role: "CHAIR", municipality: "Tilburg", startedOn: "2020-01-01" },
  { person: "afien-valkenborg", role: "KERNCLUB_MEMBER", municipality: "Emmen", startedOn: "2020-01-01", sortOrder: 1 },
  { person: "jan-willem-duker", role: "KERNCLUB_MEMBER", municipality: "Haarlem", startedOn: "2020-01-01", sortOrder: 2 },
  { person: "femke-van-winden", role: "KERNCLUB_MEMBER", municipality: "Breda", startedOn: "2020-01-01", sortOrder: 3 },
  {
    person: "marjon-breed",
    role: "SECRETARY",
    startedOn: "2018-01-01",
    endedOn: "2021-12-31",
    contactEmail: "m.breed@radaradvies.nl",
    contactPhone: "06-54 62 26 46",
  },
  { person: "klaske-gonlag", role: "SECRETARY", startedOn: "2022-01-01" },
];

export type SeedMeeting = {
  slug: string;
  kind: MeetingKind;
  title: string;
  date: string;
  endDate?: string;
  /** "13:00" and "17:00"; omitted when the source gives no times. */
  startTime?: string;
  endTime?: string;
  tentative?: boolean;
  /** A made-up meeting for a trial site (lib/seed/demo-meetings.ts). */
  demo?: boolean;
  scheduleNote?: string;
  location?: string;
  host?: string;
  description?: string;
  agenda?: { title: string; speaker?: string }[];
};

export const meetings: SeedMeeting[] = [
  {
    slug: "2019-06-13-24-uursbijeenkomst-almere",
    kind: "TWENTY_FOUR_HOUR",
    title: "24-uursbijeenkomst in Almere",
    date: "2019-06-13",
    endDate: "2019-06-14",
    location: "Almere",
    host: "Almere",
    description:
      "De leden van het netwerk leerden de stad en haar ontwikkeling in relatie tot de Floriade kennen, en spraken aan de hand van praktijkvoorbeelden over organisatie van het voorliggend veld, GGZ, inkoop en monitoring en sturing.",
    agenda: [
      {
        title: "Aftrap tijdens het diner: inkoop, ruimte voor professionals, monitoring en sturing",
        speaker: "Peter de Visser, zorgmanager van het jaar en directeur van Incluzio",
      },
      { title: "Ontspannen omgaan met complexiteit", speaker: "Gon Mevis, Contour de Twern" },
      { title: "Wijkgerichte ontwikkeling GGZ: de community in Schalkwijk", speaker: "Okrah Donkor, Triple Threat (basketbalvereniging Haarlem)" },
      { title: "Wijkgerichte ontwikkeling van de GGZ: voorbeelden uit Tilburg en Nijmegen" },
      { title: "Onafhankelijke cliëntondersteuning met cliëntervaringsdeskundigheid in Almere" },
    ],
  },
  { slug: "2020-02-03-bijeenkomst", kind: "MEETING", title: "Netwerkbijeenkomst", date: "2020-02-03", startTime: "13:00", endTime: "17:00" },
  { slug: "2020-06-12-bijeenkomst", kind: "MEETING", title: "Netwerkbijeenkomst", date: "2020-06-12", startTime: "13:00", endTime: "17:00" },
  {
    slug: "2020-11-12-24-uursbijeenkomst-assen",
    kind: "TWENTY_FOUR_HOUR",
    title: "24-uursbijeenkomst in Assen",
    date: "2020-11-12",
    endDate: "2020-11-13",
    location: "Assen",
    host: "Assen",
    description: "De jaarlijkse 24-uursbijeenkomst, in gastgemeente Assen.",
  },
  { slug: "2020-12-14-bijeenkomst", kind: "MEETING", title: "Netwerkbijeenkomst", date: "2020-12-14", startTime: "13:00", endTime: "17:00" },
  {
    slug: "2022-03-09-netwerkcafe-sociaal-domein",
    kind: "NETWORK_CAFE",
    title: "Netwerkcafé sociaal domein",
    date: "2022-03-09",
    description:
      "Beleidsadviseurs sociaal domein uit heel Nederland spraken over de impact van het nieuwe regeerakkoord op het sociaal domein. Aanwezig waren 19 gemeenten en vertegenwoordigers vanuit de VNG en het ministerie van VWS.",
    agenda: [{ title: "Vertrouwen overheid" }, { title: "Normaliseren" }, { title: "Wijk- en opgavegericht werken" }, { title: "Ambulantisering van de ggz" }],
  },
  {
    slug: "2022-06-15-bijeenkomst",
    kind: "MEETING",
    title: "Netwerkbijeenkomst",
    date: "2022-06-15",
    startTime: "13:00",
    endTime: "17:00",
    location: "In of rond Utrecht",
    description: "Voorlopige onderwerpen op de agenda.",
    agenda: [
      { title: "De rol van data bij het oplossen van problemen" },
      { title: "Opgavegericht en gebiedsgericht werken" },
      { title: "Financiële verdeelvraagstukken" },
      { title: "Hardcore waardegedreven werken" },
      { title: "Kansen na corona" },
    ],
  },
  {
    slug: "2022-09-15-24-uursbijeenkomst",
    kind: "TWENTY_FOUR_HOUR",
    title: "24-uursbijeenkomst",
    date: "2022-09-15",
    endDate: "2022-09-16",
    tentative: true,
    scheduleNote: "De datum was nog niet definitief: 15 en 16 september of 22 en 23 september 2022.",
    location: "Wordt nog bekendgemaakt",
  },
  {
    slug: "2022-11-16-bijeenkomst",
    kind: "MEETING",
    title: "Netwerkbijeenkomst",
    date: "2022-11-16",
    startTime: "13:00",
    endTime: "17:00",
    location: "In of rond Utrecht",
  },
];

export type SeedArticle = {
  slug: string;
  kind: ArticleKind;
  title: string;
  summary: string;
  publishedOn: string;
  sourceNote?: string;
  meeting?: string;
};

/** Bodies live in ./articles/<slug>.md. */
export const articles: SeedArticle[] = [
  {
    slug: "vruchtbare-smeltkroes",
    kind: "INTERVIEW",
    title: "Wmo transformatienetwerk is vruchtbare smeltkroes",
    summary: "Stef van de Weerd, voorzitter van de kernclub, over de belangrijke thema’s in het sociaal domein en waarom het netwerk wil uitbreiden.",
    publishedOn: "2018-01-09",
    sourceNote: "Dit interview verscheen eerder ook op Binnenlands Bestuur.",
  },
  {
    slug: "eerste-inzichten-24-uursbijeenkomst-almere",
    kind: "REPORT",
    title: "Eerste inzichten 24-uursbijeenkomst Wmo transformatienetwerk",
    summary: "Almere was gastgemeente van de 24-uursbijeenkomst op 13 en 14 juni 2019: over voorliggend veld, GGZ, inkoop en monitoring en sturing.",
    publishedOn: "2019-06-14",
    meeting: "2019-06-13-24-uursbijeenkomst-almere",
  },
  {
    slug: "terugblik-netwerkcafe-sociaal-domein",
    kind: "REPORT",
    title: "Terugblik Netwerkcafé sociaal domein",
    summary: "Op 9 maart 2022 spraken 19 gemeenten, de VNG en het ministerie van VWS over de impact van het regeerakkoord op het sociaal domein.",
    publishedOn: "2022-03-29",
    meeting: "2022-03-09-netwerkcafe-sociaal-domein",
  },
];
