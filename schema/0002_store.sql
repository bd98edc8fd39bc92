-- 0002_store.sql — articles, their extraction, company records, change log (storage, issue 6).
--
-- Layout
--   inputs            raw request bodies, deduplicated by SHA-256 (the "raw input kept")
--   articles          the CURRENT revision of every stored article: normalized text, content
--                     hash, source/external_id, the ARTICLE JSON as extracted (doc)
--   article_revisions superseded revisions (history); a revision replaces the current row
--   article_entities  one row per ENTITY of the current revision; company entities carry
--                     raw_company_id (what the engine said) and company_id (what it resolved to
--                     across articles, see gl_reresolve)
--   article_quantities, article_events, event_arguments, article_people: the rest of the
--                     extraction, normalized; every company-record list (events, facts, people,
--                     related) is a query over these joined with article_entities.company_id
--   companies         the aggregated record per company id: name, ticker, aliases, counters,
--                     first/last seen, version. Rows are never deleted: a company that loses all
--                     its articles becomes a tombstone (article_count = 0) so that its version
--                     keeps growing and an old ETag can never match a recreated record.
--   changes           the change log; seq is assigned AFTER commit, in commit order, by
--                     gl_assign_seqs() (readers never see a gap fill in behind them)
--
-- Writes go through gl_article_put() / gl_article_delete(): one call = one round trip = one
-- transaction-worth of work (the caller wraps it in its transaction together with a job row).

CREATE TABLE inputs (
    hash         bytea PRIMARY KEY,
    content_type text NOT NULL,
    body         bytea NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
    id           text PRIMARY KEY,
    revision     integer NOT NULL DEFAULT 1,
    source       text,
    external_id  text,
    content_hash bytea NOT NULL,
    title        text,
    language     text,
    outlet       text,
    url          text,
    published_at text,          -- as extracted, partial ISO 8601 allowed
    published_ts timestamptz,   -- parsed when possible (UTC), for first/last seen
    input_hash   bytea REFERENCES inputs (hash),
    doc          json NOT NULL, -- ARTICLE without id/revision/duplicate
    created_at   timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at   timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
CREATE UNIQUE INDEX articles_source_external ON articles (source, external_id)
    WHERE source IS NOT NULL AND external_id IS NOT NULL;
CREATE INDEX articles_created ON articles (created_at DESC, id DESC);
CREATE INDEX articles_source_created ON articles (source, created_at DESC, id DESC);

CREATE TABLE article_revisions (
    article_id   text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    revision     integer NOT NULL,
    content_hash bytea NOT NULL,
    input_hash   bytea REFERENCES inputs (hash),
    doc          json NOT NULL,
    created_at   timestamptz NOT NULL,
    replaced_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (article_id, revision)
);

CREATE TABLE article_entities (
    article_id     text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    entity_key     text NOT NULL,           -- "e1", ... within the article
    type           text NOT NULL,
    name           text NOT NULL,
    aliases        text[] NOT NULL DEFAULT '{}',
    ticker_code    text,
    exchange       text,
    raw_company_id text,                    -- as the engine resolved it within the article
    company_id     text,                    -- resolved across articles (companies only)
    salience       double precision,
    mention_count  integer NOT NULL DEFAULT 0,
    mentions       jsonb NOT NULL DEFAULT '[]',
    roles          jsonb NOT NULL DEFAULT '[]',
    seen           timestamptz,             -- the article's published_at, else its storage time
    PRIMARY KEY (article_id, entity_key)
);
CREATE INDEX article_entities_company ON article_entities (company_id, article_id)
    WHERE company_id IS NOT NULL;
CREATE INDEX article_entities_unlisted_name ON article_entities (name)
    WHERE type = 'company' AND ticker_code IS NULL;

-- Names (canonical name and every alias) under which a LISTED company appeared: the evidence
-- that lets an unlisted mention of the same name resolve to the listed record.
CREATE TABLE company_name_evidence (
    name       text NOT NULL,
    company_id text NOT NULL,
    article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE
);
CREATE INDEX company_name_evidence_name ON company_name_evidence (name, company_id);
CREATE INDEX company_name_evidence_article ON company_name_evidence (article_id);

CREATE TABLE article_quantities (
    article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    type       text NOT NULL,
    text       text,
    value      double precision,
    value_str  text,
    currency   text,
    unit       text,
    qualifier  text,
    start_cp   integer,
    end_cp     integer,
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE article_events (
    article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    idx        integer NOT NULL,
    type       text NOT NULL,
    confidence double precision,
    event_date text,                        -- the "date" (else "disclosed_at") value, if any
    doc        jsonb NOT NULL,              -- the EVENT as extracted
    PRIMARY KEY (article_id, idx)
);

CREATE TABLE event_arguments (
    article_id text NOT NULL,
    event_idx  integer NOT NULL,
    idx        integer NOT NULL,
    role       text NOT NULL,
    entity_key text,
    text       text,
    value_num  double precision,
    value_str  text,
    currency   text,
    PRIMARY KEY (article_id, event_idx, idx),
    FOREIGN KEY (article_id, event_idx) REFERENCES article_events (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX event_arguments_entity ON event_arguments (article_id, entity_key)
    WHERE entity_key IS NOT NULL;

-- Person -> title at an organization entity of the same article (from POSITION and roles).
CREATE TABLE article_people (
    article_id  text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    person_key  text NOT NULL,
    person_name text NOT NULL,
    title       text NOT NULL,
    org_key     text NOT NULL,
    PRIMARY KEY (article_id, person_key, title, org_key)
);
CREATE INDEX article_people_org ON article_people (article_id, org_key);

-- Which pairs of event roles make a relation between two companies, read as
-- "<record's company> <relation> <related company>" except *_of / acquirer, which name what the
-- related company is to the record's company ("X investor_of record").
CREATE TABLE relation_rules (
    event_type text NOT NULL,
    from_role  text NOT NULL,
    to_role    text NOT NULL,
    relation   text NOT NULL,
    PRIMARY KEY (event_type, from_role, to_role)
);
INSERT INTO relation_rules VALUES
    ('acquisition', 'acquirer', 'target', 'acquired'),
    ('acquisition', 'target', 'acquirer', 'acquirer'),
    ('investment', 'investor', 'target', 'invested_in'),
    ('investment', 'target', 'investor', 'investor_of'),
    ('financing', 'investors', 'investee', 'invested_in'),
    ('financing', 'lead_investor', 'investee', 'invested_in'),
    ('financing', 'investee', 'investors', 'investor_of'),
    ('financing', 'investee', 'lead_investor', 'investor_of'),
    ('sanction', 'company', 'company', 'sanctioned_together'),
    ('lawsuit', 'plaintiff', 'defendant', 'sued'),
    ('lawsuit', 'defendant', 'plaintiff', 'sued_by'),
    ('contract_win', 'winner', 'winner', 'co_winner'),
    ('share_pledge', 'pledger', 'pledgee', 'pledged_to');

CREATE TABLE companies (
    id            text PRIMARY KEY,
    name          text NOT NULL,
    ticker_code   text,
    exchange      text,
    aliases       text[] NOT NULL DEFAULT '{}',
    article_count integer NOT NULL DEFAULT 0,  -- 0 = tombstone (GET answers 404)
    mention_count integer NOT NULL DEFAULT 0,
    first_seen_at timestamptz,
    last_seen_at  timestamptz,
    merged_into   text,                        -- tombstone of an unlisted id merged into a listed one
    updated_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    version       bigint NOT NULL DEFAULT 0
);
CREATE INDEX companies_updated ON companies (updated_at DESC, id DESC) WHERE article_count > 0;
CREATE INDEX companies_mentions ON companies (mention_count DESC, id DESC) WHERE article_count > 0;
CREATE INDEX companies_ticker ON companies (ticker_code) WHERE article_count > 0;
CREATE INDEX companies_name_prefix ON companies (name text_pattern_ops) WHERE article_count > 0;

-- Per-company statistics maintained by deltas (triggers on article_entities below), from
-- which gl_company_recompute() derives a record without scanning all its contributions.
CREATE TABLE company_articles (
    company_id text NOT NULL,
    article_id text NOT NULL,
    n_rows     integer NOT NULL,               -- contributions of that article to the company
    mentions   integer NOT NULL,
    seen       timestamptz,
    PRIMARY KEY (company_id, article_id)
);
CREATE INDEX company_articles_seen ON company_articles (company_id, seen);

CREATE TABLE company_name_stats (
    company_id    text NOT NULL,
    name          text NOT NULL,
    n_name        integer NOT NULL,            -- contributions with this canonical name
    n_listed_name integer NOT NULL,            -- ... that carried a ticker
    n_any         integer NOT NULL,            -- contributions with it as name or alias
    PRIMARY KEY (company_id, name)
);

CREATE TABLE company_ticker_stats (
    company_id text NOT NULL,
    code       text NOT NULL,
    exchange   text NOT NULL DEFAULT '',
    n          integer NOT NULL,
    PRIMARY KEY (company_id, code, exchange)
);

-- Apply the contributions p_rows to the statistics with sign +1 (added) or -1 (removed).
CREATE FUNCTION gl_ae_delta(p_rows article_entities[], p_sign integer) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    IF cardinality(p_rows) IS NULL OR cardinality(p_rows) = 0 THEN
        RETURN;
    END IF;
    INSERT INTO company_articles AS ca (company_id, article_id, n_rows, mentions, seen)
    SELECT r.company_id, r.article_id, p_sign * count(*), p_sign * sum(r.mention_count), max(r.seen)
      FROM unnest(p_rows) r WHERE r.company_id IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (company_id, article_id) DO UPDATE
       SET n_rows = ca.n_rows + EXCLUDED.n_rows, mentions = ca.mentions + EXCLUDED.mentions,
           seen = CASE WHEN EXCLUDED.n_rows > 0 THEN EXCLUDED.seen ELSE ca.seen END;
    INSERT INTO company_name_stats AS ns (company_id, name, n_name, n_listed_name, n_any)
    SELECT r.company_id, x.n, p_sign * sum((x.n = r.name)::int),
           p_sign * sum((x.n = r.name AND r.ticker_code IS NOT NULL)::int), p_sign * count(*)
      FROM unnest(p_rows) r,
           LATERAL (SELECT DISTINCT n FROM unnest(r.aliases || r.name) n WHERE n <> '') x
     WHERE r.company_id IS NOT NULL GROUP BY 1, 2
    ON CONFLICT (company_id, name) DO UPDATE
       SET n_name = ns.n_name + EXCLUDED.n_name,
           n_listed_name = ns.n_listed_name + EXCLUDED.n_listed_name,
           n_any = ns.n_any + EXCLUDED.n_any;
    INSERT INTO company_ticker_stats AS ts (company_id, code, exchange, n)
    SELECT r.company_id, r.ticker_code, COALESCE(r.exchange, ''), p_sign * count(*)
      FROM unnest(p_rows) r WHERE r.company_id IS NOT NULL AND r.ticker_code IS NOT NULL
     GROUP BY 1, 2, 3
    ON CONFLICT (company_id, code, exchange) DO UPDATE SET n = ts.n + EXCLUDED.n;
    IF p_sign < 0 THEN
        DELETE FROM company_articles
         WHERE company_id = ANY (ARRAY(SELECT DISTINCT r.company_id FROM unnest(p_rows) r))
           AND n_rows <= 0;
        DELETE FROM company_name_stats
         WHERE company_id = ANY (ARRAY(SELECT DISTINCT r.company_id FROM unnest(p_rows) r))
           AND n_any <= 0;
        DELETE FROM company_ticker_stats
         WHERE company_id = ANY (ARRAY(SELECT DISTINCT r.company_id FROM unnest(p_rows) r))
           AND n <= 0;
    END IF;
END $$;

CREATE FUNCTION gl_ae_after_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gl_ae_delta(ARRAY(SELECT n::article_entities FROM ae_new n WHERE n.company_id IS NOT NULL), 1);
    RETURN NULL;
END $$;

CREATE FUNCTION gl_ae_after_delete() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gl_ae_delta(ARRAY(SELECT o::article_entities FROM ae_old o WHERE o.company_id IS NOT NULL), -1);
    RETURN NULL;
END $$;

CREATE FUNCTION gl_ae_after_update() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gl_ae_delta(ARRAY(SELECT o::article_entities FROM ae_old o WHERE o.company_id IS NOT NULL), -1);
    PERFORM gl_ae_delta(ARRAY(SELECT n::article_entities FROM ae_new n WHERE n.company_id IS NOT NULL), 1);
    RETURN NULL;
END $$;

CREATE TRIGGER article_entities_ins AFTER INSERT ON article_entities
    REFERENCING NEW TABLE AS ae_new FOR EACH STATEMENT EXECUTE FUNCTION gl_ae_after_insert();
CREATE TRIGGER article_entities_del AFTER DELETE ON article_entities
    REFERENCING OLD TABLE AS ae_old FOR EACH STATEMENT EXECUTE FUNCTION gl_ae_after_delete();
CREATE TRIGGER article_entities_upd AFTER UPDATE ON article_entities
    REFERENCING OLD TABLE AS ae_old NEW TABLE AS ae_new FOR EACH STATEMENT
    EXECUTE FUNCTION gl_ae_after_update();

CREATE TABLE changes (
    id         bigserial PRIMARY KEY,
    seq        bigint UNIQUE,                  -- NULL until gl_assign_seqs() numbers it
    kind       text NOT NULL,                  -- 'company' | 'article'
    entity_id  text NOT NULL,
    op         text NOT NULL,                  -- 'upsert' | 'delete'
    version    bigint,
    created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX changes_unassigned ON changes (id) WHERE seq IS NULL;
CREATE SEQUENCE changes_seq;

-- ---------------------------------------------------------------------------------------
-- Helpers

-- Parse a published_at string into a timestamp (NULL when it is partial or not a date).
CREATE FUNCTION gl_parse_ts(p text) RETURNS timestamptz
LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
    IF p IS NULL OR p !~ '^\d{4}-\d{2}-\d{2}' THEN
        RETURN NULL;
    END IF;
    BEGIN
        RETURN (p || CASE WHEN p ~ '(Z|[+-]\d{2}(:?\d{2})?)$' THEN '' ELSE '+00' END)::timestamptz;
    EXCEPTION WHEN others THEN
        BEGIN
            RETURN (substr(p, 1, 10) || ' 00:00:00+00')::timestamptz;
        EXCEPTION WHEN others THEN
            RETURN NULL;
        END;
    END;
END $$;

-- Lock a set of keys for the rest of the transaction, in a fixed order (no deadlock between
-- writers that lock through this function only).
CREATE FUNCTION gl_lock_keys(p_keys text[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(h)
       FROM (SELECT DISTINCT hashtextextended(k, 7) AS h FROM unnest(p_keys) k WHERE k IS NOT NULL
              ORDER BY 1) s;
END $$;

-- Insert the contributions of one ARTICLE document (jsonb) for article p_id.
CREATE FUNCTION gl_contrib_insert(p_id text, d jsonb) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_entities (article_id, entity_key, type, name, aliases, ticker_code,
                                  exchange, raw_company_id, company_id, salience,
                                  mention_count, mentions, roles, seen)
    SELECT p_id, e->>'id', COALESCE(e->>'type', 'organization'), COALESCE(e->>'name', ''),
           COALESCE(ARRAY(SELECT jsonb_array_elements_text(
                   CASE WHEN jsonb_typeof(e->'aliases') = 'array' THEN e->'aliases' ELSE '[]' END)),
                   '{}'),
           NULLIF(e#>>'{ticker,code}', ''), NULLIF(e#>>'{ticker,exchange}', ''),
           CASE WHEN e->>'type' = 'company' THEN e->>'company_id' END,
           CASE WHEN e->>'type' = 'company' THEN e->>'company_id' END,
           (e->>'salience')::double precision,
           CASE WHEN jsonb_typeof(e->'mentions') = 'array' THEN jsonb_array_length(e->'mentions') ELSE 0 END,
           CASE WHEN jsonb_typeof(e->'mentions') = 'array' THEN e->'mentions' ELSE '[]' END,
           CASE WHEN jsonb_typeof(e->'roles') = 'array' THEN e->'roles' ELSE '[]' END,
           (SELECT COALESCE(a.published_ts, a.created_at) FROM articles a WHERE a.id = p_id)
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'entities') = 'array'
                                     THEN d->'entities' ELSE '[]' END) e
     WHERE e->>'id' IS NOT NULL
    ON CONFLICT DO NOTHING;

    INSERT INTO company_name_evidence (name, company_id, article_id)
    SELECT DISTINCT n, ae.raw_company_id, p_id
      FROM article_entities ae, unnest(ae.aliases || ae.name) n
     WHERE ae.article_id = p_id AND ae.type = 'company' AND ae.ticker_code IS NOT NULL
       AND ae.raw_company_id IS NOT NULL AND n <> '';

    INSERT INTO article_quantities (article_id, idx, type, text, value, value_str, currency, unit,
                                    qualifier, start_cp, end_cp)
    SELECT p_id, (q.o - 1)::int, COALESCE(q.v->>'type', ''), q.v->>'text',
           CASE WHEN jsonb_typeof(q.v->'value') = 'number' THEN (q.v->>'value')::double precision END,
           CASE WHEN jsonb_typeof(q.v->'value') = 'string' THEN q.v->>'value' END,
           q.v->>'currency', q.v->>'unit', q.v->>'qualifier',
           (q.v->>'start')::int, (q.v->>'end')::int
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'quantities') = 'array'
                                     THEN d->'quantities' ELSE '[]' END) WITH ORDINALITY q(v, o);

    INSERT INTO article_events (article_id, idx, type, confidence, event_date, doc)
    SELECT p_id, (ev.o - 1)::int, COALESCE(ev.v->>'type', ''),
           (ev.v->>'confidence')::double precision,
           COALESCE((SELECT a->>'value' FROM jsonb_array_elements(
                   CASE WHEN jsonb_typeof(ev.v->'arguments') = 'array' THEN ev.v->'arguments' ELSE '[]' END) a
             WHERE a->>'role' IN ('date', 'disclosed_at') AND a->>'value' IS NOT NULL
             ORDER BY a->>'role' = 'date' DESC LIMIT 1), ev.v->>'disclosed_at'),
           ev.v
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'events') = 'array'
                                     THEN d->'events' ELSE '[]' END) WITH ORDINALITY ev(v, o);

    INSERT INTO event_arguments (article_id, event_idx, idx, role, entity_key, text, value_num,
                                 value_str, currency)
    SELECT p_id, (ev.o - 1)::int, (a.o - 1)::int, COALESCE(a.v->>'role', ''), a.v->>'entity',
           a.v->>'text',
           CASE WHEN jsonb_typeof(a.v->'value') = 'number' THEN (a.v->>'value')::double precision END,
           CASE WHEN jsonb_typeof(a.v->'value') = 'string' THEN a.v->>'value' END,
           a.v->>'currency'
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'events') = 'array'
                                     THEN d->'events' ELSE '[]' END) WITH ORDINALITY ev(v, o),
           jsonb_array_elements(CASE WHEN jsonb_typeof(ev.v->'arguments') = 'array'
                                     THEN ev.v->'arguments' ELSE '[]' END) WITH ORDINALITY a(v, o);

    -- people: POSITIONs with both a person and an organization entity, plus persons' roles
    -- whose organization names an entity of the article
    INSERT INTO article_people (article_id, person_key, person_name, title, org_key)
    SELECT DISTINCT p_id, s.person_key, pe.name, s.title, s.org_key
      FROM (SELECT p->>'person' AS person_key, p->>'title' AS title, p->>'organization' AS org_key
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'positions') = 'array'
                                             THEN d->'positions' ELSE '[]' END) p
            UNION
            SELECT ae.entity_key, r->>'title', org.entity_key
              FROM article_entities ae
              CROSS JOIN jsonb_array_elements(ae.roles) r
              JOIN article_entities org
                ON org.article_id = p_id AND org.type <> 'person'
               AND (org.name = r->>'organization' OR (r->>'organization') = ANY (org.aliases))
             WHERE ae.article_id = p_id AND ae.type = 'person') s
      JOIN article_entities pe ON pe.article_id = p_id AND pe.entity_key = s.person_key
      JOIN article_entities oe ON oe.article_id = p_id AND oe.entity_key = s.org_key
     WHERE s.title IS NOT NULL AND s.title <> '';
END $$;

-- The names whose resolution may depend on an article's contributions.
CREATE FUNCTION gl_article_names(p_id text) RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT COALESCE(array_agg(DISTINCT n), '{}')
              FROM article_entities ae, unnest(ae.aliases || ae.name) n
             WHERE ae.article_id = p_id AND ae.type = 'company' AND n <> '');
END $$;

-- Company ids an article's contributions point at.
CREATE FUNCTION gl_article_company_ids(p_id text) RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN (SELECT COALESCE(array_agg(DISTINCT x), '{}')
              FROM (SELECT company_id AS x FROM article_entities
                     WHERE article_id = p_id AND company_id IS NOT NULL
                    UNION SELECT raw_company_id FROM article_entities
                     WHERE article_id = p_id AND raw_company_id IS NOT NULL AND type = 'company') s);
END $$;

-- Company ids that re-resolving p_names may touch (locked up front, so that the second round
-- of locks after re-resolution rarely needs a new one: fewer deadlocks between writers).
CREATE FUNCTION gl_names_company_ids(p_names text[]) RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN ARRAY(SELECT company_id FROM company_name_evidence WHERE name = ANY (p_names)
                 UNION
                 SELECT company_id FROM article_entities
                  WHERE type = 'company' AND ticker_code IS NULL AND name = ANY (p_names)
                    AND company_id IS NOT NULL);
END $$;

-- The listed company each name resolves to (the one listed company that appeared under that
-- name, canonical or alias, in any stored article; NULL when none or more than one — an
-- ambiguous short name), in the order of p_names.
CREATE FUNCTION gl_name_map(p_names text[]) RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
    RETURN ARRAY(SELECT (SELECT min(ev.company_id) FROM company_name_evidence ev
                          WHERE ev.name = u.n HAVING count(DISTINCT ev.company_id) = 1)
                   FROM unnest(p_names) WITH ORDINALITY u(n, o) ORDER BY u.o);
END $$;

-- The names of p_names whose mapping differs between two gl_name_map() results.
CREATE FUNCTION gl_names_changed(p_names text[], p_before text[], p_after text[]) RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT COALESCE(array_agg(p_names[i]), '{}')
      FROM generate_subscripts(p_names, 1) i
     WHERE p_before[i] IS DISTINCT FROM p_after[i];
$$;

-- Re-resolve unlisted company mentions: every one named by p_names (names whose mapping
-- changed) and every one of article p_article (new contributions), to gl_name_map() of its
-- name, else its own unlisted id. Returns the company ids whose contributions changed (old
-- and new ids).
CREATE FUNCTION gl_reresolve(p_names text[], p_article text) RETURNS text[]
LANGUAGE plpgsql AS $$
DECLARE
    v_ids text[];
BEGIN
    WITH mine AS MATERIALIZED (   -- (the primary key; keeps the planner off the name index)
        SELECT * FROM article_entities WHERE article_id = p_article
    ), target AS (
        SELECT ae.article_id, ae.entity_key, ae.company_id AS old_id,
               COALESCE((SELECT min(ev.company_id) FROM company_name_evidence ev
                          WHERE ev.name = ae.name
                         HAVING count(DISTINCT ev.company_id) = 1), ae.raw_company_id) AS new_id
          FROM article_entities ae
         WHERE ae.type = 'company' AND ae.ticker_code IS NULL AND ae.raw_company_id IS NOT NULL
           AND ae.name = ANY (p_names)
        UNION
        SELECT ae.article_id, ae.entity_key, ae.company_id AS old_id,
               COALESCE((SELECT min(ev.company_id) FROM company_name_evidence ev
                          WHERE ev.name = ae.name
                         HAVING count(DISTINCT ev.company_id) = 1), ae.raw_company_id) AS new_id
          FROM mine ae
         WHERE ae.type = 'company' AND ae.ticker_code IS NULL AND ae.raw_company_id IS NOT NULL
    ), upd AS (
        UPDATE article_entities ae SET company_id = t.new_id
          FROM target t
         WHERE ae.article_id = t.article_id AND ae.entity_key = t.entity_key
           AND ae.company_id IS DISTINCT FROM t.new_id
        RETURNING t.old_id, t.new_id
    )
    SELECT COALESCE(array_agg(DISTINCT x), '{}') INTO v_ids
      FROM (SELECT old_id AS x FROM upd UNION SELECT new_id FROM upd) s WHERE x IS NOT NULL;
    RETURN v_ids;
END $$;

-- Recompute the aggregated columns of the given companies from their contributions (one
-- set-based statement): bump the version of each, log a change and notify 'gleaner_company'
-- with "<id> <version>". Companies left without articles become tombstones (merged_into names
-- the record their unlisted mentions now resolve to, if any).
CREATE FUNCTION gl_company_recompute(p_ids text[]) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_n bigint;
BEGIN
    WITH ids AS (SELECT DISTINCT x AS id FROM unnest(p_ids) x WHERE x IS NOT NULL),
    r AS (
        SELECT ids.id, COALESCE(agg.article_count, 0) AS article_count, agg.mention_count,
               agg.first_seen_at, agg.last_seen_at, nm.name, tk.code AS ticker_code,
               NULLIF(tk.exchange, '') AS exchange,
               array_remove(COALESCE(al.names, '{}'), nm.name) AS aliases
          FROM ids
          LEFT JOIN LATERAL (
              SELECT count(*)::int AS article_count, COALESCE(sum(mentions), 0)::int AS mention_count,
                     min(seen) AS first_seen_at, max(seen) AS last_seen_at
                FROM company_articles ca WHERE ca.company_id = ids.id) agg ON true
          LEFT JOIN LATERAL (
              SELECT ns.name FROM company_name_stats ns
               WHERE ns.company_id = ids.id AND ns.n_name > 0
               ORDER BY ns.n_listed_name > 0 DESC, ns.n_name DESC, length(ns.name), ns.name
               LIMIT 1) nm ON true
          LEFT JOIN LATERAL (
              SELECT ts.code, ts.exchange FROM company_ticker_stats ts
               WHERE ts.company_id = ids.id AND ts.n > 0
               ORDER BY ts.n DESC, ts.code, NULLIF(ts.exchange, '') NULLS FIRST LIMIT 1) tk ON true
          LEFT JOIN LATERAL (
              SELECT array_agg(ns.name ORDER BY ns.name) AS names FROM company_name_stats ns
               WHERE ns.company_id = ids.id AND ns.n_any > 0) al ON true
    ),
    up AS (
        INSERT INTO companies AS co (id, name, ticker_code, exchange, aliases, article_count,
                                     mention_count, first_seen_at, last_seen_at, merged_into,
                                     updated_at, version)
        SELECT id, name, ticker_code, exchange, aliases, article_count, mention_count,
               first_seen_at, last_seen_at, NULL, clock_timestamp(), 1
          FROM r WHERE article_count > 0
        ON CONFLICT (id) DO UPDATE
           SET name = EXCLUDED.name, ticker_code = EXCLUDED.ticker_code,
               exchange = EXCLUDED.exchange, aliases = EXCLUDED.aliases,
               article_count = EXCLUDED.article_count, mention_count = EXCLUDED.mention_count,
               first_seen_at = EXCLUDED.first_seen_at, last_seen_at = EXCLUDED.last_seen_at,
               merged_into = NULL, updated_at = EXCLUDED.updated_at, version = co.version + 1
        RETURNING co.id, co.version
    ),
    tomb AS (
        UPDATE companies co
           SET article_count = 0, mention_count = 0, aliases = '{}', first_seen_at = NULL,
               last_seen_at = NULL, updated_at = clock_timestamp(), version = co.version + 1,
               merged_into = (SELECT min(ae.company_id) FROM article_entities ae
                               WHERE ae.raw_company_id = co.id AND ae.company_id <> co.id)
          FROM r
         WHERE co.id = r.id AND r.article_count = 0 AND co.article_count > 0
        RETURNING co.id, co.version
    ),
    ch AS (
        INSERT INTO changes (kind, entity_id, op, version)
        SELECT 'company', id, 'upsert', version FROM up
        UNION ALL
        SELECT 'company', id, 'delete', version FROM tomb
        RETURNING entity_id, version
    )
    SELECT count(pg_notify('gleaner_company', entity_id || ' ' || version)) FROM ch INTO v_n;
END $$;

-- ---------------------------------------------------------------------------------------
-- Writes

-- Store one extracted article. p_doc is the ARTICLE JSON as the engine returned it (no id);
-- p_input_hash references a row of inputs (or NULL). Returns
--   {"id": "...", "revision": n, "duplicate": bool, "created": bool}
-- Idempotency: the same normalized text (content hash) -> the stored article, duplicate.
-- The same (source, external_id) with new text -> a new revision replacing the old
-- contributions. Must run inside the caller's transaction (it takes advisory locks).
CREATE FUNCTION gl_article_put(p_doc json, p_input_hash bytea) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    d        jsonb := p_doc::jsonb;
    v_text   text := COALESCE(d->>'text', '');
    v_hash   bytea := sha256(convert_to(COALESCE(d->>'text', ''), 'UTF8'));
    v_source text := d->>'source';
    v_ext    text := d->>'external_id';
    v_old    articles%ROWTYPE;
    v_id     text;
    v_rev    integer;
    v_names  text[];
    v_ids    text[];
    v_ev     text[];   -- names whose evidence this write may change
    v_before text[];
    v_moved  text[];
    v_pre_id text;
    v_pre_rev integer;
BEGIN
    IF v_text = '' THEN
        RAISE EXCEPTION 'article has no text' USING ERRCODE = '22023';
    END IF;
    -- names and ids the new contributions touch
    SELECT COALESCE(array_agg(DISTINCT n), '{}') INTO v_names
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'entities') = 'array'
                                     THEN d->'entities' ELSE '[]' END) e,
           unnest(ARRAY[e->>'name'] || COALESCE(ARRAY(SELECT jsonb_array_elements_text(
                   CASE WHEN jsonb_typeof(e->'aliases') = 'array' THEN e->'aliases' ELSE '[]' END)), '{}')) n
     WHERE e->>'type' = 'company' AND n IS NOT NULL AND n <> '';
    SELECT COALESCE(array_agg(DISTINCT e->>'company_id'), '{}') INTO v_ids
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'entities') = 'array'
                                     THEN d->'entities' ELSE '[]' END) e
     WHERE e->>'type' = 'company' AND e->>'company_id' IS NOT NULL;
    SELECT COALESCE(array_agg(DISTINCT n), '{}') INTO v_ev
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'entities') = 'array'
                                     THEN d->'entities' ELSE '[]' END) e,
           unnest(ARRAY[e->>'name'] || COALESCE(ARRAY(SELECT jsonb_array_elements_text(
                   CASE WHEN jsonb_typeof(e->'aliases') = 'array' THEN e->'aliases' ELSE '[]' END)), '{}')) n
     WHERE e->>'type' = 'company' AND NULLIF(e#>>'{ticker,code}', '') IS NOT NULL
       AND n IS NOT NULL AND n <> '';

    -- a revision also touches what the current revision contributed (read before locking;
    -- checked again below)
    IF v_source IS NOT NULL AND v_ext IS NOT NULL THEN
        SELECT id, revision INTO v_pre_id, v_pre_rev FROM articles
         WHERE source = v_source AND external_id = v_ext;
        IF v_pre_id IS NOT NULL THEN
            v_names := v_names || gl_article_names(v_pre_id);
            v_ids := v_ids || gl_article_company_ids(v_pre_id);
        END IF;
    END IF;

    -- one sorted round of advisory locks: the same text, the same (source, external_id), the
    -- names and the companies this write (probably) touches
    PERFORM gl_lock_keys(ARRAY['h:' || encode(v_hash, 'hex'),
                               CASE WHEN v_source IS NOT NULL AND v_ext IS NOT NULL
                                    THEN 'k:' || v_source || E'\x1f' || v_ext END]
                         || ARRAY(SELECT 'n:' || x FROM unnest(v_names) x)
                         || ARRAY(SELECT 'c:' || x FROM unnest(v_ids || gl_names_company_ids(v_names)) x));

    SELECT * INTO v_old FROM articles WHERE content_hash = v_hash;
    IF FOUND THEN
        RETURN jsonb_build_object('id', v_old.id, 'revision', v_old.revision,
                                  'duplicate', true, 'created', false);
    END IF;

    IF v_source IS NOT NULL AND v_ext IS NOT NULL THEN
        SELECT * INTO v_old FROM articles WHERE source = v_source AND external_id = v_ext;
    ELSE
        v_old := NULL;
    END IF;
    IF v_old.id IS NOT NULL THEN
        v_ev := v_ev || ARRAY(SELECT name FROM company_name_evidence WHERE article_id = v_old.id);
        IF v_old.id IS DISTINCT FROM v_pre_id OR v_old.revision IS DISTINCT FROM v_pre_rev THEN
            -- revised concurrently between the first read and the locks: lock what it holds now
            v_names := gl_article_names(v_old.id);
            v_ids := v_ids || gl_article_company_ids(v_old.id);
            PERFORM gl_lock_keys(ARRAY(SELECT 'n:' || x FROM unnest(v_names) x)
                                 || ARRAY(SELECT 'c:' || x FROM unnest(gl_article_company_ids(v_old.id)
                                                                       || gl_names_company_ids(v_names)) x));
        END IF;
    END IF;
    v_before := gl_name_map(v_ev);

    IF v_old.id IS NOT NULL THEN
        -- a new revision: keep the old one as history, drop its contributions
        v_id := v_old.id;
        v_rev := v_old.revision + 1;
        INSERT INTO article_revisions (article_id, revision, content_hash, input_hash, doc, created_at)
        VALUES (v_old.id, v_old.revision, v_old.content_hash, v_old.input_hash, v_old.doc,
                v_old.updated_at);
        v_moved := gl_article_company_ids(v_id);   -- (locked: normally already held)
        PERFORM gl_lock_keys(ARRAY(SELECT 'c:' || x FROM unnest(v_moved) x));
        v_ids := v_ids || v_moved;
        DELETE FROM article_people WHERE article_id = v_id;
        DELETE FROM article_events WHERE article_id = v_id;
        DELETE FROM article_quantities WHERE article_id = v_id;
        DELETE FROM company_name_evidence WHERE article_id = v_id;
        DELETE FROM article_entities WHERE article_id = v_id;
        UPDATE articles
           SET revision = v_rev, content_hash = v_hash, title = d->>'title',
               language = d->>'language', outlet = d->>'outlet', url = d->>'url',
               published_at = d->>'published_at', published_ts = gl_parse_ts(d->>'published_at'),
               input_hash = p_input_hash, doc = p_doc, updated_at = clock_timestamp()
         WHERE id = v_id;
    ELSE
        v_rev := 1;
        -- stable id: from (source, external_id) when given, else from the text
        v_id := substr(encode(sha256(convert_to(
                    CASE WHEN v_source IS NOT NULL AND v_ext IS NOT NULL
                         THEN 'k:' || v_source || E'\x1f' || v_ext
                         ELSE 'h:' || encode(v_hash, 'hex') END, 'UTF8')), 'hex'), 1, 20);
        INSERT INTO articles (id, revision, source, external_id, content_hash, title, language,
                              outlet, url, published_at, published_ts, input_hash, doc)
        VALUES (v_id, 1, v_source, v_ext, v_hash, d->>'title', d->>'language', d->>'outlet',
                d->>'url', d->>'published_at', gl_parse_ts(d->>'published_at'), p_input_hash,
                p_doc);
    END IF;

    PERFORM gl_contrib_insert(v_id, d);
    -- (the new contributions point at their raw ids, already in v_ids, until re-resolved)
    v_moved := gl_reresolve(gl_names_changed(v_ev, v_before, gl_name_map(v_ev)), v_id);
    IF cardinality(v_moved) > 0 THEN
        PERFORM gl_lock_keys(ARRAY(SELECT 'c:' || x FROM unnest(v_moved) x));
    END IF;
    PERFORM gl_company_recompute(v_ids || v_moved);
    INSERT INTO changes (kind, entity_id, op, version) VALUES ('article', v_id, 'upsert', v_rev);
    PERFORM pg_notify('gleaner_changes', '');
    RETURN jsonb_build_object('id', v_id, 'revision', v_rev, 'duplicate', false,
                              'created', v_old.id IS NULL);
END $$;

-- Delete an article and retract its contributions. Returns false when there is no such article.
CREATE FUNCTION gl_article_delete(p_id text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    v_names  text[];
    v_ids    text[];
    v_ev     text[];
    v_before text[];
    v_a      articles%ROWTYPE;
BEGIN
    SELECT * INTO v_a FROM articles WHERE id = p_id;
    IF NOT FOUND THEN
        RETURN false;
    END IF;
    PERFORM gl_lock_keys(ARRAY['h:' || encode(v_a.content_hash, 'hex'),
                               CASE WHEN v_a.source IS NOT NULL AND v_a.external_id IS NOT NULL
                                    THEN 'k:' || v_a.source || E'\x1f' || v_a.external_id END]);
    v_names := gl_article_names(p_id);
    v_ids := gl_article_company_ids(p_id);
    PERFORM gl_lock_keys(ARRAY(SELECT 'n:' || x FROM unnest(v_names) x)
                         || ARRAY(SELECT 'c:' || x FROM unnest(v_ids || gl_names_company_ids(v_names)) x));
    v_ev := ARRAY(SELECT DISTINCT name FROM company_name_evidence WHERE article_id = p_id);
    v_before := gl_name_map(v_ev);
    DELETE FROM articles WHERE id = p_id;
    IF NOT FOUND THEN
        RETURN false;   -- deleted concurrently
    END IF;
    v_ids := v_ids || gl_reresolve(gl_names_changed(v_ev, v_before, gl_name_map(v_ev)), NULL);
    PERFORM gl_lock_keys(ARRAY(SELECT 'c:' || x FROM unnest(v_ids) x));
    PERFORM gl_company_recompute(v_ids);
    INSERT INTO changes (kind, entity_id, op, version) VALUES ('article', p_id, 'delete', NULL);
    PERFORM pg_notify('gleaner_changes', '');
    RETURN true;
END $$;

-- Number the committed, not yet numbered change rows in commit order. Any process may call it
-- (the long-poll listener does, and every GET /v1/changes before reading); one at a time.
-- Returns the highest assigned seq (0 when the log is empty).
CREATE FUNCTION gl_assign_seqs() RETURNS bigint
LANGUAGE plpgsql AS $$
DECLARE
    v_max bigint;
BEGIN
    IF EXISTS (SELECT 1 FROM changes WHERE seq IS NULL) THEN
        PERFORM pg_advisory_xact_lock(hashtextextended('gleaner:seq', 7));
        UPDATE changes c SET seq = nextval('changes_seq')
          FROM (SELECT id FROM changes WHERE seq IS NULL ORDER BY id FOR UPDATE) s
         WHERE c.id = s.id;
    END IF;
    SELECT COALESCE(max(seq), 0) INTO v_max FROM changes;
    RETURN v_max;
END $$;

-- ---------------------------------------------------------------------------------------
-- Reads

-- Financial facts of a company from financial_result / loss events where it is the company.
CREATE FUNCTION gl_company_facts(p_id text) RETURNS SETOF jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
               'metric', COALESCE(max(a.value_str) FILTER (WHERE a.role = 'metric'),
                                  CASE WHEN ev.type = 'loss' THEN 'net_loss' END),
               'period', max(COALESCE(a.value_str, a.text)) FILTER (WHERE a.role = 'period'),
               'value', COALESCE(max(a.value_num) FILTER (WHERE a.role = 'value'),
                                 max(a.value_num) FILTER (WHERE a.role = 'net_loss')),
               'currency', COALESCE(max(a.currency) FILTER (WHERE a.role = 'value'),
                                    max(a.currency) FILTER (WHERE a.role = 'net_loss')),
               'change_percent', COALESCE(max(a.value_num) FILTER (WHERE a.role = 'change_percent'),
                                          max(a.value_num) FILTER (WHERE a.role = 'change')),
               'article_id', ev.article_id)
      FROM article_entities ae
      JOIN event_arguments ca ON ca.article_id = ae.article_id AND ca.entity_key = ae.entity_key
                             AND ca.role = 'company'
      JOIN article_events ev ON ev.article_id = ca.article_id AND ev.idx = ca.event_idx
                            AND ev.type IN ('financial_result', 'loss')
      JOIN event_arguments a ON a.article_id = ev.article_id AND a.event_idx = ev.idx
     WHERE ae.company_id = p_id
     GROUP BY ev.article_id, ev.idx, ev.type;
$$;

-- Related companies through relation_rules.
CREATE FUNCTION gl_company_related(p_id text) RETURNS SETOF jsonb
LANGUAGE sql STABLE AS $$
    SELECT DISTINCT jsonb_build_object(
               'company_id', oe.company_id,
               'name', COALESCE(oe.name, b.text),
               'relation', rr.relation,
               'article_id', a.article_id)
      FROM article_entities ae
      JOIN event_arguments a ON a.article_id = ae.article_id AND a.entity_key = ae.entity_key
      JOIN article_events ev ON ev.article_id = a.article_id AND ev.idx = a.event_idx
      JOIN relation_rules rr ON rr.event_type = ev.type AND rr.from_role = a.role
      JOIN event_arguments b ON b.article_id = a.article_id AND b.event_idx = a.event_idx
                            AND b.role = rr.to_role AND b.idx <> a.idx
      LEFT JOIN article_entities oe ON oe.article_id = b.article_id AND oe.entity_key = b.entity_key
     WHERE ae.company_id = p_id
       AND (oe.company_id IS NULL OR oe.company_id <> p_id)
       AND COALESCE(oe.name, b.text) IS NOT NULL;
$$;

-- The events a company takes part in (as any argument), newest first by k (the event's date,
-- else its article's publication date); j is the record's event object.
CREATE FUNCTION gl_company_events(p_id text)
RETURNS TABLE (k text, article_id text, idx integer, j jsonb)
LANGUAGE sql STABLE AS $$
    SELECT DISTINCT ON (ev.article_id, ev.idx)
           COALESCE(ev.event_date, a.published_at, ''), ev.article_id, ev.idx,
           jsonb_build_object('type', ev.type, 'article_id', ev.article_id,
                              'date', COALESCE(ev.event_date, a.published_at),
                              'role', arg.role, 'confidence', ev.confidence,
                              'trigger', ev.doc->'trigger',
                              'arguments', COALESCE(ev.doc->'arguments', '[]'))
      FROM article_entities ae
      JOIN event_arguments arg ON arg.article_id = ae.article_id AND arg.entity_key = ae.entity_key
      JOIN article_events ev ON ev.article_id = arg.article_id AND ev.idx = arg.event_idx
      JOIN articles a ON a.id = ev.article_id
     WHERE ae.company_id = p_id
     ORDER BY ev.article_id, ev.idx, arg.idx;
$$;

-- The COMPANY record (API.md) or NULL when the id is unknown or a tombstone.
-- p_events: how many of the most recent events to embed (the full list is paginated under
-- /v1/companies/{id}/events).
CREATE FUNCTION gl_company_json(p_id text, p_events integer DEFAULT 50) RETURNS jsonb
LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', c.id, 'name', c.name, 'aliases', to_jsonb(c.aliases),
        'ticker', CASE WHEN c.ticker_code IS NULL THEN NULL
                       ELSE jsonb_build_object('code', c.ticker_code, 'exchange', c.exchange) END,
        'article_count', c.article_count, 'mention_count', c.mention_count,
        'first_seen_at', c.first_seen_at, 'last_seen_at', c.last_seen_at,
        'updated_at', c.updated_at, 'version', c.version,
        'people', COALESCE((
            SELECT jsonb_agg(jsonb_build_object('name', person_name, 'title', title,
                                                'article_count', n) ORDER BY n DESC, person_name, title)
              FROM (SELECT ap.person_name, ap.title, count(DISTINCT ap.article_id) AS n
                      FROM article_entities ae
                      JOIN article_people ap ON ap.article_id = ae.article_id AND ap.org_key = ae.entity_key
                     WHERE ae.company_id = c.id
                     GROUP BY ap.person_name, ap.title) p), '[]'),
        'events', COALESCE((
            SELECT jsonb_agg(x.j ORDER BY x.k DESC, x.article_id DESC, x.idx DESC)
              FROM (SELECT * FROM gl_company_events(c.id) e
                     ORDER BY e.k DESC, e.article_id DESC, e.idx DESC LIMIT p_events) x), '[]'),
        'facts', COALESCE((
            SELECT jsonb_agg(f ORDER BY f->>'period' DESC NULLS LAST, f->>'metric', f->>'article_id')
              FROM gl_company_facts(c.id) f), '[]'),
        'related', COALESCE((
            SELECT jsonb_agg(r ORDER BY r->>'relation', r->>'name', r->>'article_id')
              FROM gl_company_related(c.id) r), '[]'))
      FROM companies c
     WHERE c.id = p_id AND c.article_count > 0;
$$;

-- Rebuild every company record from the stored articles alone (tests and repair): drops all
-- contributions and records, re-derives them article by article in creation order.
CREATE FUNCTION gl_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    a record;
    v_names text[] := '{}';
    v_ids text[];
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('gleaner:rebuild', 7));
    DELETE FROM article_people;
    DELETE FROM article_events;
    DELETE FROM article_quantities;
    DELETE FROM company_name_evidence;
    DELETE FROM article_entities;
    DELETE FROM company_articles;       -- (already empty through the triggers)
    DELETE FROM company_name_stats;
    DELETE FROM company_ticker_stats;
    FOR a IN SELECT id, doc FROM articles ORDER BY created_at, id LOOP
        PERFORM gl_contrib_insert(a.id, a.doc::jsonb);
    END LOOP;
    SELECT COALESCE(array_agg(DISTINCT name), '{}') INTO v_names
      FROM article_entities WHERE type = 'company';
    PERFORM gl_reresolve(v_names, NULL);
    SELECT COALESCE(array_agg(id), '{}') INTO v_ids
      FROM (SELECT id FROM companies UNION SELECT company_id FROM article_entities
             WHERE company_id IS NOT NULL) s;
    PERFORM gl_company_recompute(v_ids);
END $$;

-- One POST /v1/articles in one statement (hence one transaction and one round trip): keep the
-- raw input (p_body may be NULL), store every ARTICLE of p_articles (a JSON array) in order.
-- Returns a JSON array with one {"id","revision","duplicate","created"} per article; for
-- duplicates also "doc", the stored ARTICLE.
CREATE FUNCTION gl_ingest(p_content_type text, p_body bytea, p_articles json) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_hash bytea;
    v_out  jsonb := '[]';
    v_r    jsonb;
    v_a    json;
BEGIN
    IF p_body IS NOT NULL THEN
        v_hash := sha256(p_body);
        INSERT INTO inputs (hash, content_type, body)
        VALUES (v_hash, COALESCE(p_content_type, ''), p_body)
        ON CONFLICT DO NOTHING;
    END IF;
    FOR v_a IN SELECT json_array_elements(p_articles) LOOP
        v_r := gl_article_put(v_a, v_hash);
        IF (v_r->>'duplicate')::boolean THEN
            v_r := v_r || jsonb_build_object('doc', (SELECT doc::jsonb FROM articles WHERE id = v_r->>'id'));
        END IF;
        v_out := v_out || jsonb_build_array(v_r);
    END LOOP;
    RETURN v_out;
END $$;

-- The change feed page: number what is committed, then read seq >= p_since (one round trip).
CREATE FUNCTION gl_changes(p_since bigint, p_limit integer)
RETURNS TABLE (seq bigint, kind text, entity_id text, op text, version bigint)
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM gl_assign_seqs();
    RETURN QUERY SELECT c.seq, c.kind, c.entity_id, c.op, c.version FROM changes c
                  WHERE c.seq >= p_since ORDER BY c.seq LIMIT p_limit;
END $$;
