-- AlterTable
ALTER TABLE "MeetingDocument" ADD COLUMN     "text" TEXT;

-- CreateTable
CREATE TABLE "SearchEntry" (
    "kind" TEXT NOT NULL,
    "refId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "membersOnly" BOOLEAN NOT NULL,
    "date" TIMESTAMPTZ(3),
    "vector" tsvector,

    CONSTRAINT "SearchEntry_pkey" PRIMARY KEY ("kind","refId")
);

-- CreateIndex
CREATE INDEX "SearchEntry_vector_idx" ON "SearchEntry" USING GIN ("vector");

-- The site search (lib/search) reads only "SearchEntry". These triggers keep it in step with what it indexes, in
-- the transaction of every change: published meetings (title; description, place, host, agenda topics and
-- speakers), published articles, themes, page texts, and the documents of published meetings (members only).

CREATE FUNCTION search_entry_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.vector := setweight(to_tsvector('dutch', NEW.title), 'A') || setweight(to_tsvector('dutch', NEW.body), 'B');
  RETURN NEW;
END $$;

CREATE TRIGGER search_entry_vector BEFORE INSERT OR UPDATE OF title, body ON "SearchEntry"
  FOR EACH ROW EXECUTE FUNCTION search_entry_vector();

-- A meeting and its documents: the documents follow the meeting's slug and publication.
CREATE FUNCTION search_refresh_meeting(meeting_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchEntry" WHERE kind IN ('meeting', 'document') AND ("refId" = meeting_id OR "refId" IN (
    SELECT id FROM "MeetingDocument" WHERE "meetingId" = meeting_id));
  INSERT INTO "SearchEntry" (kind, "refId", title, body, slug, "membersOnly", date)
  SELECT 'meeting', m.id, m.title,
         concat_ws(E'\n', m.description, m."scheduleNote", m.location, m.address, host.name,
           (SELECT string_agg(concat_ws(' — ', item.title, item.speaker), E'\n' ORDER BY item.position)
              FROM "AgendaItem" item WHERE item."meetingId" = m.id)),
         m.slug, false, m."startsAt"
    FROM "Meeting" m LEFT JOIN "Municipality" host ON host.id = m."hostMunicipalityId"
   WHERE m.id = meeting_id AND m.published;
  INSERT INTO "SearchEntry" (kind, "refId", title, body, slug, "membersOnly", date)
  SELECT 'document', d.id, d.title, coalesce(d.text, ''), m.slug, true, m."startsAt"
    FROM "MeetingDocument" d JOIN "Meeting" m ON m.id = d."meetingId"
   WHERE m.id = meeting_id AND m.published;
END $$;

CREATE FUNCTION search_refresh_article(article_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchEntry" WHERE kind = 'article' AND "refId" = article_id;
  INSERT INTO "SearchEntry" (kind, "refId", title, body, slug, "membersOnly", date)
  SELECT 'article', a.id, a.title, concat_ws(E'\n', a.summary, a.body), a.slug, false, a."publishedOn"
    FROM "Article" a WHERE a.id = article_id AND a.published;
END $$;

CREATE FUNCTION search_refresh_theme(theme_id text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchEntry" WHERE kind = 'theme' AND "refId" = theme_id;
  INSERT INTO "SearchEntry" (kind, "refId", title, body, slug, "membersOnly", date)
  SELECT 'theme', t.id, t.name, t.description, t.slug, false, NULL FROM "Theme" t WHERE t.id = theme_id;
END $$;

-- Placeholders ({{bijdrage}}) are left out of a page's words: they are filled in only when the page is shown.
CREATE FUNCTION search_refresh_page(page_key text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM "SearchEntry" WHERE kind = 'page' AND "refId" = page_key;
  INSERT INTO "SearchEntry" (kind, "refId", title, body, slug, "membersOnly", date)
  SELECT 'page', p.key, p.title, regexp_replace(concat_ws(E'\n', p.intro, p.body), '\{\{[^}]*\}\}', ' ', 'g'), p.key, false, NULL
    FROM "SitePage" p WHERE p.key = page_key;
END $$;

-- A change to a meeting, an article, a theme or a page text refreshes its own entry.
CREATE FUNCTION search_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed record;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  CASE TG_TABLE_NAME
    WHEN 'Meeting' THEN PERFORM search_refresh_meeting(changed.id);
    WHEN 'Article' THEN PERFORM search_refresh_article(changed.id);
    WHEN 'Theme' THEN PERFORM search_refresh_theme(changed.id);
    WHEN 'SitePage' THEN PERFORM search_refresh_page(changed.key);
  END CASE;
  RETURN NULL;
END $$;

CREATE FUNCTION search_on_meeting_part_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- A removed document is no longer among its meeting's documents, so its entry goes by name.
  IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'MeetingDocument' THEN
    DELETE FROM "SearchEntry" WHERE kind = 'document' AND "refId" = OLD.id;
  END IF;
  IF TG_OP <> 'INSERT' THEN PERFORM search_refresh_meeting(OLD."meetingId"); END IF;
  IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW."meetingId" <> OLD."meetingId") THEN
    PERFORM search_refresh_meeting(NEW."meetingId");
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION search_on_host_rename() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh_meeting(m.id) FROM "Meeting" m WHERE m."hostMunicipalityId" = NEW.id;
  RETURN NULL;
END $$;

CREATE TRIGGER search_meeting AFTER INSERT OR UPDATE OR DELETE ON "Meeting"
  FOR EACH ROW EXECUTE FUNCTION search_on_change();
CREATE TRIGGER search_agenda_item AFTER INSERT OR UPDATE OR DELETE ON "AgendaItem"
  FOR EACH ROW EXECUTE FUNCTION search_on_meeting_part_change();
CREATE TRIGGER search_meeting_document AFTER INSERT OR UPDATE OR DELETE ON "MeetingDocument"
  FOR EACH ROW EXECUTE FUNCTION search_on_meeting_part_change();
CREATE TRIGGER search_host AFTER UPDATE OF name ON "Municipality"
  FOR EACH ROW EXECUTE FUNCTION search_on_host_rename();
CREATE TRIGGER search_article AFTER INSERT OR UPDATE OR DELETE ON "Article"
  FOR EACH ROW EXECUTE FUNCTION search_on_change();
CREATE TRIGGER search_theme AFTER INSERT OR UPDATE OR DELETE ON "Theme"
  FOR EACH ROW EXECUTE FUNCTION search_on_change();
CREATE TRIGGER search_site_page AFTER INSERT OR UPDATE OR DELETE ON "SitePage"
  FOR EACH ROW EXECUTE FUNCTION search_on_change();

-- What exists before this migration.
SELECT search_refresh_meeting(id) FROM "Meeting";
SELECT search_refresh_article(id) FROM "Article";
SELECT search_refresh_theme(id) FROM "Theme";
SELECT search_refresh_page(key) FROM "SitePage";
