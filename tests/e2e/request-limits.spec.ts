import { expect, test } from "@playwright/test";
import { signedInMember, signedInSecretary } from "./support/session";

// Next.js reads a server action's whole body before the action checks who calls it: the site's server refuses
// large bodies first, unless a secretary sends them to the admin area (lib/site/request-body-limit.ts).
const twoMegabytes = () => {
  const form = new FormData();
  form.set("file", new Blob([Buffer.alloc(2 * 1024 * 1024, "a")]), "groot.pdf");
  return form;
};
const actionHeaders = { "Next-Action": "0000000000000000000000000000000000000000" };

test("a large body from a visitor or a member is refused with 413 and a Dutch explanation; a secretary's upload gets through", async ({ browser }) => {
  const visitor = await browser.newContext();
  const refused = await visitor.request.post("/aanmelden", { multipart: twoMegabytes(), headers: actionHeaders });
  expect(refused.status()).toBe(413);
  expect(await refused.text()).toMatch(/^Dit verzoek is te groot\./);
  const small = await visitor.request.post("/aanmelden", { form: { naam: "x" } });
  expect(small.status()).not.toBe(413);
  await visitor.close();

  const member = await browser.newContext();
  await signedInMember(member, "Lid met groot bestand");
  expect((await member.request.post("/beheer/bijeenkomsten/nieuw", { multipart: twoMegabytes(), headers: actionHeaders })).status()).toBe(413);
  await member.close();

  const secretary = await browser.newContext();
  await signedInSecretary(secretary, "Secretaris met groot bestand");
  expect((await secretary.request.post("/beheer/bijeenkomsten/nieuw", { multipart: twoMegabytes(), headers: actionHeaders })).status()).not.toBe(413);
  expect((await secretary.request.post("/aanmelden", { multipart: twoMegabytes(), headers: actionHeaders })).status()).toBe(413);
  await secretary.close();
});
