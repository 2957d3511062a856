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
  /** The source text(s) that name the position (Position.source). */
  source: string;
  contactEmail?: string;
  contactPhone?: string;
  sortOrder?: number;
};

// What the source texts say, with their dates: the 2018 interview (9 January) has the chair working at
// Rotterdam and Marjon Breed as secretary; the network's page with the 2020 meetings has the chair from Tilburg,
// the three members and Marjon Breed; the report of 29 March 2022 has Klaske Gonlag as secretary. Nothing says
// when anyone started or stopped, so each position carries its source and the texts' dates (Position.source).
const interview2018 = "het interview van 9 januari 2018";
const page2020 = "de netwerkpagina met de bijeenkomsten van 2020";
export const positions: SeedPosition[] = [
  { person: "stef-van-de-weerd", role: "CHAIR", municipality: "Rotterdam", startedOn: "2018-01-09", endedOn: "2018-01-09", source: interview2018 },
  { person: "stef-van-de-weerd", role: "CHAIR", municipality: "Tilburg", startedOn: "2020-01-01", source: page2020 },
  { person: "afien-valkenborg", role: "KERNCLUB_MEMBER", municipality: "Emmen", startedOn: "2020-01-01", sortOrder: 1, source: page2020 },
  { person: "jan-willem-duker", role: "KERNCLUB_MEMBER", municipality: "Haarlem", startedOn: "2020-01-01", sortOrder: 2, source: page2020 },
  { person: "femke-van-winden", role: "KERNCLUB_MEMBER", municipality: "Breda", startedOn: "2020-01-01", sortOrder: 3, source: page2020 },
  {
    person: "marjon-breed",
    role: "SECRETARY",
    startedOn: "2018-01-09",
    endedOn: "2020-01-01",
    source: `${interview2018} en ${page2020}`,
    contactEmail: "m.breed@radaradvies.nl",
    contactPhone: "06-54 62 26 46",
  },
  { person: "klaske-gonlag", role: "SECRETARY", startedOn: "2022-03-29", source: "de terugblik van 29 maart 2022" },
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
    sourceNote:
      "Dit interview verscheen eerder ook op Binnenlands Bestuur. Overgenomen zoals het op 9 januari 2018 verscheen; de huidige secretaris staat op de pagina Contact.",
  },
  {
    slug: "eerste-inzichten-24-uursbijeenkomst-almere",
    kind: "REPORT",
    title: "Eerste inzichten 24-uursbijeenkomst Wmo transformatienetwerk",
    summary: "Almere was gastgemeente van de 24-uursbijeenkomst op 13 en 14 juni 2019: over voorliggend veld, GGZ, inkoop en monitoring en sturing.",
    publishedOn: "2019-06-14",
    sourceNote: "Overgenomen zoals het op 14 juni 2019 verscheen; de huidige secretaris staat op de pagina Contact.",
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

export type SeedTheme = {
  slug: string;
  name: string;
  description: string;
  /** Slugs of the seeded meetings and articles whose source text names this theme. */
  meetings?: string[];
  articles?: string[];
};

const almere = "2019-06-13-24-uursbijeenkomst-almere";
const netwerkcafe = "2022-03-09-netwerkcafe-sociaal-domein";

/** The themes the source texts name, each with the meetings and articles whose text names it. */
export const themes: SeedTheme[] = [
  {
    slug: "sociale-basisinfrastructuur",
    name: "Sociale basisinfrastructuur",
    description: "De inrichting van de sociale basisinfrastructuur.",
  },
  {
    slug: "wijkgerichte-ggz",
    name: "Wijkgerichte ggz",
    description: "De ontwikkeling van wijkgerichte ggz, met voorbeelden uit Tilburg en Nijmegen.",
    meetings: [almere],
    articles: ["eerste-inzichten-24-uursbijeenkomst-almere"],
  },
  {
    slug: "dagbesteding-en-werk",
    name: "Dagbesteding en werk",
    description:
      "De verbinding tussen dagbesteding en werk. Werk is het beste medicijn, maar of iemand bij de tegenprestatie, op een beschermde werkplek, in de dagbesteding of in vrijwilligerswerk terechtkomt, berust meestal nog op toeval.",
    articles: ["vruchtbare-smeltkroes"],
  },
  {
    slug: "toegang-tot-het-sociaal-domein",
    name: "Toegang tot het sociaal domein",
    description: "De toegang tot het sociaal domein.",
  },
  {
    slug: "armoede-en-zorggebruik",
    name: "Armoede en zorggebruik",
    description: "De relatie tussen armoede en zorggebruik is groot; daar kunnen gemeenten beter en slimmer naar handelen.",
    articles: ["vruchtbare-smeltkroes"],
  },
  {
    slug: "oggz-beschermd-wonen-en-opvang",
    name: "OGGZ, beschermd wonen en opvang",
    description:
      "De OGGZ, de verbinding tussen begeleiding, beschermd wonen en maatschappelijke opvang, en de doorontwikkeling van opvang en begeleid wonen van de regio naar alle gemeenten.",
    articles: ["vruchtbare-smeltkroes"],
  },
  {
    slug: "tarieven",
    name: "Tarieven",
    description: "Zaken die gemeenten beter samen kunnen doen; de tarieven zijn daarvan het meest concrete voorbeeld.",
    articles: ["vruchtbare-smeltkroes"],
  },
  {
    slug: "voorliggend-veld",
    name: "Organisatie voorliggend veld",
    description: "Het logisch verbinden met het voorliggend veld, en de verbinding van het sociaal domein met de leefomgeving van de burger.",
    meetings: [almere],
    articles: ["vruchtbare-smeltkroes", "eerste-inzichten-24-uursbijeenkomst-almere"],
  },
  {
    slug: "inkoop",
    name: "Inkoop",
    description: "Ervaringen met inkoop en ruimte voor professionals, bijvoorbeeld met een lumpsum voor één aanbieder.",
    meetings: [almere],
    articles: ["eerste-inzichten-24-uursbijeenkomst-almere"],
  },
  {
    slug: "monitoring-en-sturing",
    name: "Monitoring en sturing",
    description: "De monitoring in het sociaal domein, en sturing aan de hand van praktijkvoorbeelden.",
    meetings: [almere],
    articles: ["vruchtbare-smeltkroes", "eerste-inzichten-24-uursbijeenkomst-almere"],
  },
  {
    slug: "bestaanszekerheid-en-kansengelijkheid",
    name: "Bestaanszekerheid en kansengelijkheid",
    description: "Centrale thema’s van het regeerakkoord, zoals bestaanszekerheid, kansengelijkheid en wonen & zorg, en domeinoverstijgend werken daarop.",
    meetings: [netwerkcafe],
    articles: ["terugblik-netwerkcafe-sociaal-domein"],
  },
  {
    slug: "vertrouwen-overheid",
    name: "Vertrouwen overheid",
    description: "Het vertrouwen van inwoners in de overheid neemt af: hoe voer je daarover het gesprek, en hoe helpt datagedreven werken het te herstellen?",
    meetings: [netwerkcafe],
    articles: ["terugblik-netwerkcafe-sociaal-domein"],
  },
  {
    slug: "normaliseren",
    name: "Normaliseren",
    description: "Onnodig problematiseren en etiketteren voorkomen, terwijl ondersteuning beschikbaar blijft voor wie die echt nodig heeft.",
    meetings: [netwerkcafe],
    articles: ["terugblik-netwerkcafe-sociaal-domein"],
  },
  {
    slug: "wijk-en-opgavegericht-werken",
    name: "Wijk- en opgavegericht werken",
    description: "Hoe gemeenten de Wmo vormgeven in de wijk of het dorp, en domeinoverstijgend (opgavegericht) en gebiedsgericht werken.",
    meetings: [netwerkcafe, "2022-06-15-bijeenkomst"],
    articles: ["terugblik-netwerkcafe-sociaal-domein"],
  },
  {
    slug: "ambulantisering-van-de-ggz",
    name: "Ambulantisering van de ggz",
    description: "De afbouw van intramurale ggz-plaatsen en de opbouw van de ambulante zorg, in het bijzonder voor mensen met ernstiger psychische problemen.",
    meetings: [netwerkcafe],
    articles: ["terugblik-netwerkcafe-sociaal-domein"],
  },
  {
    slug: "data",
    name: "Data",
    description: "De rol van data bij het oplossen van problemen, en datagedreven werken.",
    meetings: ["2022-06-15-bijeenkomst"],
    articles: ["terugblik-netwerkcafe-sociaal-domein"],
  },
];
