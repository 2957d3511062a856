import { expect, test } from "@playwright/test";
import { articleSlugs, definitionOf, meetingSlugs, openPage, publicRoutes } from "./support/site";

const route = (path: string) => {
  const found = publicRoutes.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`Unknown route ${path}`);
  return found;
};

test.describe("homepage", () => {
  test("introduces the network", async ({ page }) => {
    await openPage(page, route("/"));
    await expect(page.getByRole("main")).toContainText("Sinds 2010 delen en vermeerderen ambtenaren");
    await expect(page.getByRole("main").getByRole("link", { name: "Lees meer over het netwerk" })).toHaveAttribute("href", "/over-het-netwerk");
  });

  test("shows the next meeting with a link to it", async ({ page }) => {
    await openPage(page, route("/"));
    const next = page.getByRole("region", { name: "Volgende bijeenkomst" });
    await expect(next.getByRole("heading", { level: 2, name: "Volgende bijeenkomst" })).toBeVisible();
    await expect(next).not.toContainText("Er staat nog geen nieuwe bijeenkomst gepland");

    const meeting = next.getByRole("article").first();
    const meetingLink = meeting.getByRole("heading").getByRole("link");
    await expect(meetingLink).toHaveAttribute("href", /^\/agenda\/\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/);
    const title = (await meetingLink.textContent())?.trim() ?? "";
    expect(title).not.toBe("");

    // The next meeting has not ended yet.
    const startsAt = await meeting.locator("time").first().getAttribute("datetime");
    expect(new Date(startsAt ?? "").getTime()).toBeGreaterThan(Date.now() - 2 * 24 * 3600 * 1000);

    await expect(next.getByRole("link", { name: "Bekijk de hele agenda" })).toHaveAttribute("href", "/agenda");

    await meetingLink.click();
    await expect(page).toHaveURL(/\/agenda\/\d{4}-\d{2}-\d{2}-/);
    await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  });

  test("lists the latest news, newest first", async ({ page }) => {
    await openPage(page, route("/"));
    const news = page.getByRole("region", { name: "Nieuws en verslagen" });
    const headings = news.getByRole("article").getByRole("heading", { level: 3 });
    await expect(headings).toHaveText([
      "Terugblik Netwerkcafé sociaal domein",
      "Eerste inzichten 24-uursbijeenkomst Wmo transformatienetwerk",
      "Wmo transformatienetwerk is vruchtbare smeltkroes",
    ]);
    await expect(news.getByRole("link", { name: "Terugblik Netwerkcafé sociaal domein" })).toHaveAttribute("href", `/nieuws/${articleSlugs.cafeReport}`);
    await expect(news.getByRole("link", { name: "Alle nieuwsberichten" })).toHaveAttribute("href", "/nieuws");
  });

  test("invites visitors to sign up", async ({ page }) => {
    await openPage(page, route("/"));
    const join = page.getByRole("region", { name: "Doe mee" });
    // The fee from its setting (ANNUAL_FEE_CENTS, € 500 by default) and the source's "meerdere collega's", nothing more.
    await expect(join).toContainText("€ 500 per jaar; per gemeente mogen meerdere collega’s aansluiten.");
    const signUp = join.getByRole("link", { name: "Meld je aan" });
    await expect(signUp).toBeVisible();
    await expect(signUp).toHaveAttribute("href", "/aanmelden");
    // The header offers the same link on every page.
    await expect(page.getByRole("banner").getByRole("link", { name: "Meld je aan" })).toHaveAttribute("href", "/aanmelden");
  });
});

test("/over-het-netwerk describes ambition, themes and organisation", async ({ page }) => {
  await openPage(page, route("/over-het-netwerk"));
  const main = page.getByRole("main");
  for (const heading of ["Ambitie", "Thema’s", "Anders dan andere overleggen", "Organisatie"]) {
    await expect(main.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
  }
  await expect(main).toContainText("kennisuitwisseling en kennisvermeerdering");
  await expect(main.getByRole("listitem").filter({ hasText: "de ontwikkeling van wijkgerichte ggz" })).toBeVisible();
  await expect(main.getByRole("listitem").filter({ hasText: "de verbinding tussen dagbesteding en werk" })).toBeVisible();
  await expect(main).toContainText("doordat belangenvertegenwoordiging niet aan de orde is.");
  await expect(main).not.toContainText("gelobbyd");
  await expect(main).toContainText("De VNG en het ministerie van VWS zitten wel aan tafel");
  await expect(main).toContainText("G40");
  await expect(main).toContainText("Netwerk Directeuren Sociaal Domein (NDSD)");
  await expect(main).toContainText("Het netwerk komt vier keer per jaar bijeen");
  // The sources place the 24-hour meeting in June 2019 (Almere), November 2020 (Assen) and September 2022: not always in November.
  await expect(main).toContainText(
    "Eén daarvan is een 24-uursbijeenkomst, met diner, in een gastgemeente: in juni 2019 was dat Almere, in november 2020 Assen",
  );
});

test("/kernclub shows chair, members, secretary and former roles", async ({ page }) => {
  await openPage(page, route("/kernclub"));
  const members = page.getByRole("region", { name: "Leden van de kernclub" });
  const chair = members.getByRole("listitem").filter({ hasText: "Stef van de Weerd" });
  await expect(chair).toBeVisible();
  await expect(chair).toContainText("Voorzitter, gemeente Tilburg");
  await expect(chair).not.toContainText("Rotterdam");

  for (const [name, municipality] of [
    ["Afien Valkenborg", "Emmen"],
    ["Jan Willem Duker", "Haarlem"],
    ["Femke van Winden", "Breda"],
  ]) {
    const member = members.getByRole("listitem").filter({ hasText: name });
    await expect(member).toBeVisible();
    await expect(member).toContainText(`Lid van de kernclub, gemeente ${municipality}`);
    // Named in a 2020 source, so not shown as plainly current.
    await expect(member).toContainText("genoemd in de netwerkpagina met de bijeenkomsten van 2020");
  }
  await expect(members.getByRole("listitem")).toHaveCount(4);

  const secretary = page.getByRole("region", { name: "Secretaris" });
  await expect(secretary.getByText("Klaske Gonlag", { exact: true })).toBeVisible();
  await expect(secretary).not.toContainText("Marjon Breed");

  // The sources name people in a role on a date; they give no periods, so the page names the sources.
  const former = page.getByRole("region", { name: "Eerder" });
  const formerSecretary = former.getByRole("listitem").filter({ hasText: "Marjon Breed" });
  await expect(formerSecretary).toHaveText(
    "Marjon Breed, secretaris, genoemd in het interview van 9 januari 2018 en de netwerkpagina met de bijeenkomsten van 2020",
  );
  const formerChair = former.getByRole("listitem").filter({ hasText: "Stef van de Weerd" });
  await expect(formerChair).toHaveText("Stef van de Weerd, voorzitter (gemeente Rotterdam), genoemd in het interview van 9 januari 2018");
  await expect(former).not.toContainText(/2019|2021|sinds/);
});

test.describe("/agenda", () => {
  test("lists upcoming meetings", async ({ page }) => {
    await openPage(page, route("/agenda"));
    const upcoming = page.getByRole("region", { name: "Komende bijeenkomsten" });
    await expect(upcoming).not.toContainText("Er staan nog geen nieuwe bijeenkomsten gepland");
    const meetings = upcoming.getByRole("article");
    await expect(meetings.first()).toBeVisible();
    expect(await meetings.count()).toBeGreaterThan(0);
    // The demo meetings all lie in the future (they are seeded from today).
    const starts = await upcoming.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")));
    expect(starts.length).toBeGreaterThan(0);
    for (const start of starts) expect(new Date(start ?? "").getTime()).toBeGreaterThan(Date.now() - 2 * 24 * 3600 * 1000);
    await expect(page.getByRole("main").getByRole("link", { name: "agenda-feed (iCalendar)" })).toHaveAttribute("href", "/agenda.ics");
  });

  test("groups past meetings by year, newest first", async ({ page }) => {
    await openPage(page, route("/agenda"));
    const past = page.getByRole("region", { name: "Eerdere bijeenkomsten" });
    await expect(past.getByRole("heading", { level: 2, name: "Eerdere bijeenkomsten" })).toBeVisible();
    const yearHeadings = past.getByRole("heading", { name: /^\d{4}$/ });
    const years = (await yearHeadings.allTextContents()).map((year) => Number(year.trim()));
    expect(years).toEqual(expect.arrayContaining([2019, 2020, 2022]));
    expect(years).toEqual([...years].sort((a, b) => b - a));

    const year2020 = past.getByRole("region", { name: "2020", exact: true });
    await expect(year2020.getByRole("heading", { name: "2020", exact: true })).toBeVisible();
    const assen = year2020.getByRole("article").filter({ has: page.getByRole("link", { name: "24-uursbijeenkomst in Assen" }) });
    await expect(assen).toBeVisible();
    await expect(assen.getByText("donderdag 12 en vrijdag 13 november 2020", { exact: true })).toBeVisible();
    await expect(assen).toContainText("Locatie: Assen");
    // Whole days: no times were announced.
    await expect(assen).not.toContainText(/\d{1,2}\.\d{2}/);
    await expect(assen.getByRole("link", { name: "24-uursbijeenkomst in Assen" })).toHaveAttribute("href", `/agenda/${meetingSlugs.assen2020}`);
  });
});

test(`/agenda/${meetingSlugs.assen2020} shows date, place and calendar link`, async ({ page }) => {
  await openPage(page, route(`/agenda/${meetingSlugs.assen2020}`));
  const main = page.getByRole("main");
  await expect(main.getByText("24-uursbijeenkomst", { exact: true })).toBeVisible();
  await expect(definitionOf(main, "Wanneer")).toHaveText("donderdag 12 en vrijdag 13 november 2020");
  await expect(definitionOf(main, "Waar")).toHaveText("Assen");
  await expect(definitionOf(main, "Gastgemeente")).toHaveText("Assen");
  await expect(main).toContainText("in gastgemeente Assen");
  const download = main.getByRole("link", { name: "Zet in mijn agenda" });
  await expect(download).toBeVisible();
  await expect(download).toHaveAttribute("href", `/agenda/${meetingSlugs.assen2020}/kalender.ics`);
  await expect(main.getByRole("link", { name: "Terug naar de agenda" })).toHaveAttribute("href", "/agenda");
});

test(`/agenda/${meetingSlugs.june2022} shows date, times and topics`, async ({ page }) => {
  await openPage(page, route(`/agenda/${meetingSlugs.june2022}`));
  const main = page.getByRole("main");
  const when = definitionOf(main, "Wanneer");
  await expect(when).toContainText("woensdag 15 juni 2022");
  await expect(when).toContainText("13.00–17.00 uur"); // en dash, full stops: Dutch conventions
  await expect(when).toHaveText("woensdag 15 juni 2022, 13.00–17.00 uur");
  await expect(definitionOf(main, "Waar")).toHaveText("In of rond Utrecht");

  const topics = page.getByRole("region", { name: "Onderwerpen en sprekers" });
  await expect(topics.getByRole("listitem")).toHaveText([
    "De rol van data bij het oplossen van problemen",
    "Opgavegericht en gebiedsgericht werken",
    "Financiële verdeelvraagstukken",
    "Hardcore waardegedreven werken",
    "Kansen na corona",
  ]);
});

test(`/agenda/${meetingSlugs.almere2019} shows speakers and links to its report`, async ({ page }) => {
  await openPage(page, route(`/agenda/${meetingSlugs.almere2019}`));
  await expect(definitionOf(page.getByRole("main"), "Wanneer")).toHaveText("donderdag 13 en vrijdag 14 juni 2019");
  const topics = page.getByRole("region", { name: "Onderwerpen en sprekers" });
  const complexity = topics.getByRole("listitem").filter({ hasText: "Ontspannen omgaan met complexiteit" });
  await expect(complexity).toContainText("Spreker: Gon Mevis, Contour de Twern");
  await expect(topics.getByRole("listitem").filter({ hasText: "Peter de Visser" })).toBeVisible();
  await expect(topics.getByRole("listitem")).toHaveCount(5);

  const report = page.getByRole("region", { name: "Verslag" }).getByRole("link", {
    name: "Eerste inzichten 24-uursbijeenkomst Wmo transformatienetwerk",
  });
  await expect(report).toBeVisible();
  await report.click();
  await expect(page).toHaveURL(new RegExp(`/nieuws/${articleSlugs.almereReport}$`));
  await expect(page.getByRole("heading", { level: 1, name: "Eerste inzichten 24-uursbijeenkomst Wmo transformatienetwerk" })).toBeVisible();
});

test.describe("news", () => {
  test("/nieuws lists the three articles, newest first", async ({ page }) => {
    await openPage(page, route("/nieuws"));
    const main = page.getByRole("main");
    await expect(main.getByRole("article").getByRole("heading", { level: 2 })).toHaveText([
      "Terugblik Netwerkcafé sociaal domein",
      "Eerste inzichten 24-uursbijeenkomst Wmo transformatienetwerk",
      "Wmo transformatienetwerk is vruchtbare smeltkroes",
    ]);
    await expect(main.getByRole("link", { name: "Wmo transformatienetwerk is vruchtbare smeltkroes" })).toHaveAttribute(
      "href",
      `/nieuws/${articleSlugs.interview}`,
    );
    const interview = main.getByRole("article").filter({ hasText: "vruchtbare smeltkroes" });
    await expect(interview).toContainText("Interview · 9 januari 2018");
    await expect(interview).toContainText("Stef van de Weerd, voorzitter van de kernclub");
  });

  test(`/nieuws/${articleSlugs.interview} renders the interview`, async ({ page }) => {
    await openPage(page, route(`/nieuws/${articleSlugs.interview}`));
    const article = page.getByRole("main").getByRole("article");
    await expect(article).toContainText("Interview · 9 januari 2018");
    for (const heading of [
      "Stel uzelf eerst even kort voor",
      "Wat is uw achtergrond?",
      "Wat verwacht u van het netwerk in 2018?",
      "Het transformatienetwerk wil uitbreiden. Waarom is dat?",
    ]) {
      await expect(article.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await expect(article).toContainText("Ik ben opgeleid als sociaal psychiatrisch verpleegkundige");
    const items = article.getByRole("listitem");
    await expect(items).toHaveCount(3);
    await expect(items.first()).toContainText("De relatie tussen armoede en zorggebruik is groot.");
    await expect(article.getByText("Dit interview verscheen eerder ook op Binnenlands Bestuur.")).toBeVisible();
    await expect(article.getByRole("link", { name: "zich aanmelden" })).toHaveAttribute("href", "/aanmelden");
  });

  test(`/nieuws/${articleSlugs.almereReport} renders the report and links to its meeting`, async ({ page }) => {
    await openPage(page, route(`/nieuws/${articleSlugs.almereReport}`));
    const article = page.getByRole("main").getByRole("article");
    await expect(article).toContainText("Verslag · 14 juni 2019");
    await expect(article).toContainText("Verslag van de bijeenkomst 24-uursbijeenkomst in Almere op donderdag 13 en vrijdag 14 juni 2019.");
    await expect(article.getByRole("link", { name: "24-uursbijeenkomst in Almere" })).toHaveAttribute("href", `/agenda/${meetingSlugs.almere2019}`);
    await expect(article.getByRole("heading", { level: 2, name: "Ontspannen omgaan met complexiteit" })).toBeVisible();
    await expect(article.getByRole("heading", { level: 2, name: "Wijkgerichte ontwikkeling GGZ" })).toBeVisible();
    const items = article.getByRole("listitem");
    await expect(items).toHaveCount(5);
    await expect(items.filter({ hasText: "Probeer niet meteen de hele wereld te veranderen" })).toBeVisible();
    await expect(article.getByRole("link", { name: "Meld je dan hier aan" })).toHaveAttribute("href", "/aanmelden");
  });

  test(`/nieuws/${articleSlugs.cafeReport} renders the report`, async ({ page }) => {
    await openPage(page, route(`/nieuws/${articleSlugs.cafeReport}`));
    const article = page.getByRole("main").getByRole("article");
    await expect(article).toContainText("Verslag · 29 maart 2022");
    await expect(article).toContainText("Verslag van de bijeenkomst Netwerkcafé sociaal domein op woensdag 9 maart 2022.");
    for (const heading of [
      "Terugblik Netwerkcafé 9 maart",
      "Vertrouwen overheid",
      "Normaliseren",
      "Wijk- en opgavegericht werken",
      "Ambulantisering van de ggz",
    ]) {
      await expect(article.getByRole("heading", { level: 2, name: heading, exact: true })).toBeVisible();
    }
    await expect(article.getByRole("listitem").filter({ hasText: "ambulantisering van de ggz" })).toBeVisible();
    await expect(article.getByRole("listitem").filter({ hasText: "taakgericht organiseren (verantwoordelijkheid bij één partij)" })).toBeVisible();
    await expect(article.getByRole("heading", { level: 2, name: "Vragen?", exact: true })).toBeVisible();
    await expect(article.getByRole("listitem").filter({ hasText: "16 november van 13.00 uur – 17.00 uur" })).toBeVisible();
    await expect(article.getByRole("listitem")).toHaveCount(14);
    await expect(article).toContainText("Aanwezig waren 19 gemeenten");
  });
});

test("/deelnemen explains costs and trying a meeting", async ({ page }) => {
  await openPage(page, route("/deelnemen"));
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Wat kost het?" })).toBeVisible();
  await expect(main.getByText("€ 500 per gemeente per jaar", { exact: true })).toBeVisible();
  await expect(main).toContainText("Per gemeente mogen meerdere collega’s aansluiten");
  await expect(main.getByRole("heading", { level: 2, name: "Eerst een keer meedoen" })).toBeVisible();
  await expect(main).toContainText("Ben je projectleider, programmanager of beleidsadviseur sociaal domein en nieuwsgierig naar de bijeenkomsten?");
  await expect(main).toContainText("Doe eerst een keer mee als gast");
  await expect(main).not.toContainText("factuur");
  await expect(main).toContainText("voor één bijeenkomst");
  // Only what the sources say, unless the network configured its own arrangement (lib/site/network-policy.ts).
  await expect(main).not.toContainText("betalen niet");
  await expect(main).not.toContainText("zonder kosten");

  const signUp = main.getByRole("link", { name: "Meld je aan" });
  await expect(signUp).toHaveAttribute("href", "/aanmelden");
  await signUp.click();
  await expect(page).toHaveURL(/\/aanmelden$/);
  await expect(page.getByRole("heading", { level: 1, name: "Aanmelden" })).toBeVisible();
});

test("/versnellingstraject lists six numbered conditions and the Movisie contacts", async ({ page }) => {
  await openPage(page, route("/versnellingstraject"));
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2, name: "Voorwaarden voor deelname" })).toBeVisible();
  const conditions = main.getByRole("list").filter({ hasText: "Opdrachtgever is de hoogste leidinggevende" });
  await expect(conditions).toHaveCount(1);
  expect(await conditions.evaluate((list) => list.tagName)).toBe("OL");
  await expect(conditions.getByRole("listitem")).toHaveCount(6);
  await expect(conditions.getByRole("listitem").first()).toContainText("gewenst maatschappelijk effect");
  // Source text 004: Movisie holds the intake, not the network's secretary.
  await expect(main).toContainText("Daarna gaat je aanvraag naar Movisie, dat het intakegesprek met je voert");

  for (const [name, email] of [
    ["Janny Bakker-Klein", "j.bakker@movisie.nl"],
    ["Lou Repetur", "l.repetur@movisie.nl"],
  ]) {
    const contact = main.getByRole("listitem").filter({ hasText: name });
    await expect(contact).toBeVisible();
    await expect(contact.getByRole("link", { name: email })).toHaveAttribute("href", `mailto:${email}`);
  }
});

test("/contact names the secretary with an e-mail link", async ({ page }) => {
  await openPage(page, route("/contact"));
  const secretary = page.getByRole("region", { name: "Secretaris" });
  await expect(secretary.getByText("Klaske Gonlag", { exact: true })).toBeVisible();
  const email = secretary.getByRole("link", { name: /@/ });
  await expect(email).toBeVisible();
  await expect(email).toHaveAttribute("href", /^mailto:[^@\s]+@[^@\s]+\.[a-z]+$/);
  const address = (await email.textContent())?.trim();
  await expect(email).toHaveAttribute("href", `mailto:${address}`);
});

test.describe("document metadata", () => {
  for (const { path, h1 } of publicRoutes) {
    test(`${path} has lang="nl", a title and a description`, async ({ page }) => {
      await openPage(page, { path, h1 });
      await expect(page.locator("html")).toHaveAttribute("lang", "nl");
      await expect(page).toHaveTitle(/\S/);
      const description = page.locator('meta[name="description"]');
      await expect(description).toHaveCount(1);
      await expect(description).toHaveAttribute("content", /\S{3,}/);
    });
  }

  test("every page has its own title", async ({ page }) => {
    test.setTimeout(90_000);
    const titles = new Map<string, string>();
    for (const route of publicRoutes) {
      await openPage(page, route);
      await expect(page).toHaveTitle(/\S/);
      titles.set(route.path, await page.title());
    }
    const byTitle = new Map<string, string[]>();
    for (const [path, title] of titles) byTitle.set(title, [...(byTitle.get(title) ?? []), path]);
    const duplicates = [...byTitle].filter(([, paths]) => paths.length > 1);
    expect(duplicates, `pages sharing a title: ${JSON.stringify(duplicates)}`).toEqual([]);
  });
});
