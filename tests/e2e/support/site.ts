import { expect, type Locator, type Page } from "@playwright/test";

/** The seeded meetings and articles the specs refer to (see lib/seed/content.ts). */
export const meetingSlugs = {
  assen2020: "2020-11-12-24-uursbijeenkomst-assen",
  june2022: "2022-06-15-bijeenkomst",
  almere2019: "2019-06-13-24-uursbijeenkomst-almere",
} as const;

export const articleSlugs = {
  interview: "vruchtbare-smeltkroes",
  almereReport: "eerste-inzichten-24-uursbijeenkomst-almere",
  cafeReport: "terugblik-netwerkcafe-sociaal-domein",
} as const;

export type Route = { path: string; h1: string };

/** Every public page with its main heading. */
export const publicRoutes: Route[] = [
  { path: "/", h1: "Wmo transformatienetwerk voor (middel)grote gemeenten" },
  { path: "/over-het-netwerk", h1: "Over het netwerk" },
  { path: "/kernclub", h1: "Kernclub" },
  { path: "/agenda", h1: "Agenda" },
  { path: `/agenda/${meetingSlugs.assen2020}`, h1: "24-uursbijeenkomst in Assen" },
  { path: `/agenda/${meetingSlugs.june2022}`, h1: "Netwerkbijeenkomst" },
  { path: `/agenda/${meetingSlugs.almere2019}`, h1: "24-uursbijeenkomst in Almere" },
  { path: "/nieuws", h1: "Nieuws en verslagen" },
  { path: `/nieuws/${articleSlugs.interview}`, h1: "Wmo transformatienetwerk is vruchtbare smeltkroes" },
  { path: `/nieuws/${articleSlugs.almereReport}`, h1: "Eerste inzichten 24-uursbijeenkomst Wmo transformatienetwerk" },
  { path: `/nieuws/${articleSlugs.cafeReport}`, h1: "Terugblik Netwerkcafé sociaal domein" },
  { path: "/themas", h1: "Thema's" },
  { path: "/themas/wijkgerichte-ggz", h1: "Wijkgerichte ggz" },
  { path: "/deelnemen", h1: "Deelnemen en kosten" },
  { path: "/versnellingstraject", h1: "Versnelling transformatie sociaal domein" },
  { path: "/versnellingstraject/ontvangen", h1: "Bedankt voor je aanvraag" },
  { path: "/versnellingstraject/bevestigd", h1: "Je aanvraag is bevestigd" },
  { path: "/versnellingstraject/bevestigen", h1: "Deze link werkt niet" },
  { path: "/contact", h1: "Contact" },
  { path: "/zoeken?q=gemeenten", h1: "Zoeken" },
  { path: "/privacy", h1: "Privacyverklaring" },
  { path: "/toegankelijkheid", h1: "Toegankelijkheidsverklaring" },
  { path: "/aanmelden", h1: "Aanmelden" },
  { path: "/aanmelden/ontvangen", h1: "Bedankt voor je aanmelding" },
  { path: "/inloggen", h1: "Inloggen" },
  { path: "/inloggen/fout?error=Verification", h1: "Inloggen is niet gelukt" },
  { path: "/account-verwijderd", h1: "Je account is verwijderd" },
  { path: "/inloggen/link", h1: "Deze link werkt niet" },
];

export const notFoundPaths = ["/bestaat-niet", "/agenda/bestaat-niet", "/nieuws/bestaat-niet", "/themas/bestaat-niet"];

/** Opens a page, checks it answered 200 and shows its main heading. */
export async function openPage(page: Page, route: Route): Promise<void> {
  const response = await page.goto(route.path);
  expect(response?.status(), `status of ${route.path}`).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: route.h1, exact: true })).toBeVisible();
}

/** The <dd> that follows the <dt> with exactly this text, in a description list. */
export function definitionOf(scope: Page | Locator, term: string): Locator {
  return scope.locator(`xpath=//dt[normalize-space(.)="${term}"]/following-sibling::dd[1]`);
}
