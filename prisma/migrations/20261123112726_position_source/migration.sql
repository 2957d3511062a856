-- AlterTable
ALTER TABLE "Position" ADD COLUMN     "source" TEXT;

-- The seeded kernclub history (lib/seed/content.ts) had periods the source texts do not give. Seeded rows
-- already in a database take the dates the texts do give, with the texts named. Ids follow the new start dates
-- so seeding again creates nothing twice.
UPDATE "Position" SET "id" = 'seed-position-stef-van-de-weerd-chair-2018-01-09', "startedOn" = '2018-01-09', "endedOn" = '2018-01-09',
  "source" = 'het interview van 9 januari 2018'
  WHERE "id" = 'seed-position-stef-van-de-weerd-chair-2018-01-01';
UPDATE "Position" SET "source" = 'de netwerkpagina met de bijeenkomsten van 2020'
  WHERE "id" IN ('seed-position-stef-van-de-weerd-chair-2020-01-01', 'seed-position-afien-valkenborg-kernclub_member-2020-01-01',
    'seed-position-jan-willem-duker-kernclub_member-2020-01-01', 'seed-position-femke-van-winden-kernclub_member-2020-01-01');
UPDATE "Position" SET "id" = 'seed-position-marjon-breed-secretary-2018-01-09', "startedOn" = '2018-01-09', "endedOn" = '2020-01-01',
  "source" = 'het interview van 9 januari 2018 en de netwerkpagina met de bijeenkomsten van 2020'
  WHERE "id" = 'seed-position-marjon-breed-secretary-2018-01-01';
UPDATE "Position" SET "id" = 'seed-position-klaske-gonlag-secretary-2022-03-29', "startedOn" = '2022-03-29', "source" = 'de terugblik van 29 maart 2022'
  WHERE "id" = 'seed-position-klaske-gonlag-secretary-2022-01-01';
