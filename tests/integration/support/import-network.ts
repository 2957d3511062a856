import { db } from "@/lib/db/client";
import { currentYear } from "@/lib/members/current-year";
import { xlsxBytes } from "./import-files";

const year = currentYear();

/** The secretary's workbook: a sheet of municipalities and one of people, with a problem of every kind. */
export const networkWorkbook = () =>
  xlsxBytes([
    {
      name: "Gemeenten",
      rows: [
        ["Gemeente", "CBS-code", "Contactpersoon facturen", "E-mailadres facturen", "Factuuradres", "Opdrachtnummer", `Doet mee in ${year}`],
        ["Tilburg", "GM0855", "Piet Post", "facturen@tilburg.nl", "Postbus 90155\n5000 LH Tilburg", "PO-1", "ja"],
        ["Emmen", 114, "Els Smit", "crediteuren@emmen.nl", "Postbus 30001, 7800 RA Emmen", "", "ja"],
        ["Sudwest Fryslan", "", "", "", "", "", ""],
        ["Den Bosch", "GM0796", "", "", "", "", ""],
        ["Almere", "", "", "", "Stadhuisplein 1, Almere", "", ""],
      ],
    },
    {
      name: "Mensen",
      rows: [
        ["Naam", "E-mailadres", "Telefoon", "Functie", "Soort organisatie", "Gemeente", "Kernclubrol"],
        ["Anna de Vries", "Anna@Tilburg.nl", "06-11 11 11 11", "Beleidsadviseur", "gemeente", "Tilburg", ""],
        ["Bram Jansen", "bram@emmen.nl", "", "Strateeg", "gemeente", "Emmen", ""],
        ["Carla Bos", "carla@", "", "", "gemeente", "Tilburg", ""],
        ["Dirk Dekker", "dirk@tilburg.nl", "", "", "gemeente", "Tilbrug", ""],
        ["Anna de Vries", "anna@tilburg.nl", "", "", "gemeente", "Tilburg", ""],
        ["Otto Oud", "oud@tilburg.nl", "", "", "gemeente", "Tilburg", ""],
        ["Eva Evers", "eva@vng.nl", "", "Adviseur", "VNG", "", ""],
        ["Frits Fens", "frits@almere.nl", "", "", "gemeente", "Almere", ""],
        ["Gerda Groen", "gerda@tilburg.nl", "013-123 45 67", "Programmamanager", "gemeente", "Tilburg", "voorzitter"],
      ],
    },
  ]);

/** Tilburg (with a contact), Súdwest-Fryslân, 's-Hertogenbosch; Anna signed up but is not admitted, Otto is deactivated. */
export async function seedNetwork() {
  await db.municipality.createMany({
    data: [
      { id: "tilburg", name: "Tilburg", slug: "tilburg", cbsCode: "GM0855", invoiceContactName: "Karin Kas" },
      { id: "sudwest", name: "Súdwest-Fryslân", slug: "sudwest-fryslan", cbsCode: "GM1900" },
      { id: "bosch", name: "'s-Hertogenbosch", slug: "s-hertogenbosch", cbsCode: "GM0796" },
    ],
  });
  await db.user.createMany({
    data: [
      { id: "secretary", name: "Sanne Secretaris", email: "secretaris@wmo.test", role: "SECRETARY", admittedAt: new Date() },
      {
        id: "anna",
        name: "Anna de Vries",
        email: "anna@tilburg.nl",
        role: "GUEST",
        phone: "06-99 99 99 99",
        organisationType: "MUNICIPALITY",
        municipalityId: "tilburg",
      },
      { id: "otto", name: "Otto Oud", email: "oud@tilburg.nl", role: "MEMBER", deactivatedAt: new Date() },
    ],
  });
}
