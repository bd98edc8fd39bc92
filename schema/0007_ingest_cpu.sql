-- 0007_ingest_cpu.sql — less database CPU per stored article (issue 6, ingest bar, third
-- round; profile and figures in docs/storage.md "Benchmarks"). Applied migrations are never
-- edited; this one:
--   * drops the foreign keys of article_entities and company_name_evidence to articles: ~22
--     referential checks per stored article (an SPI query each, ~7% of the database CPU of an
--     ingest). Their rows are only written by gl_contrib_insert (in the transaction that writes
--     the article) and deleted by the revision path, gl_rebuild and gl_article_delete, which
--     now deletes them itself (it relied on ON DELETE CASCADE). The other child tables keep
--     their foreign keys (a few rows per article);
--   * gl_article_put takes the article's content hash from its contributions document
--     ("content_hash", hex SHA-256 of the normalized text, computed by gleanerd) instead of the
--     text: the text is no longer parsed into jsonb and hashed in the database. Without
--     "content_hash" it hashes "text" as before;
--   * gl_article_put updates the records of a new article's companies inline (the statement
--     of 0006's gl_company_add, which is kept for other callers): one statement and one
--     function call less per article;
--   * gl_contrib_insert (as in 0006, two changes): an unlisted mention's listed company is
--     found by two index probes (min and max company of the name's evidence) instead of an
--     aggregate over every evidence row of the name — that grew with the number of articles
--     naming a popular listed company; and its aggregates group by sorting
--     (enable_hashagg = off): they see a handful of rows per article, but the planner sizes
--     hash tables for hundreds (jsonb_array_elements: 100 rows) and the executor builds them
--     at every start (ExecInitAgg ~5% of the database CPU);
--   * gl_names_company_ids (the companies a write's names may move, locked up front) walks
--     the distinct companies of each name by skip scans over a (name, company_id) index
--     instead of reading every evidence row and unlisted mention of the name;
--   * drops three indexes no query needs (company_articles_seen, event_arguments_entity,
--     article_people_org: ~10 index entries per article);
--   * articles and inputs keep a compressed document / raw input in the row when it fits in
--     a page (toast_tuple_target) instead of cutting it into ~2 KB TOAST chunks.
-- Records stay equal to a rebuild (tests/store/test_store.c).

ALTER TABLE article_entities DROP CONSTRAINT IF EXISTS article_entities_article_id_fkey;
ALTER TABLE company_name_evidence DROP CONSTRAINT IF EXISTS company_name_evidence_article_id_fkey;

-- A stored document (lz4: ~7.8 KB on average for an 18 KB ARTICLE of the 2018 news) and a raw
-- input (~5 KB) stay in their row when they fit in a page instead of being cut into ~2 KB
-- TOAST chunks (each chunk a heap row and an index entry): ~4% of the database CPU.
ALTER TABLE articles SET (toast_tuple_target = 8160);
ALTER TABLE inputs SET (toast_tuple_target = 8160);


-- Indexes no query needs (each was one more entry per row on every ingest, ~10 per article):
-- company_articles is only read by company (count/sum/min/max over all its rows: the primary
-- key's prefix); an article has ~2 event arguments and ~1 person on average, so the joins
-- by (article_id, entity_key) / (article_id, org_key) are served by the primary keys' prefix.
DROP INDEX IF EXISTS company_articles_seen;
DROP INDEX IF EXISTS event_arguments_entity;
DROP INDEX IF EXISTS article_people_org;

-- Unlisted company mentions by name and company: gl_names_company_ids below walks the distinct
-- companies of a name (a few) instead of every mention of it (replaces the index on name alone;
-- gl_reresolve's lookups by name use this one as well).
CREATE INDEX IF NOT EXISTS article_entities_unlisted_name_company ON article_entities (name, company_id)
    WHERE type = 'company' AND ticker_code IS NULL;
DROP INDEX IF EXISTS article_entities_unlisted_name;

-- As in 0002 (company ids that re-resolving p_names may touch: locked up front), but by skip
-- scans: per name, one index probe per distinct company (min company_id above the previous
-- one) in the evidence and in the unlisted mentions. It read every evidence row and every
-- unlisted mention of each name, i.e. grew with the number of articles about a popular
-- company — on every ingest that names it.
CREATE OR REPLACE FUNCTION gl_names_company_ids(p_names text[]) RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
    -- (ORDER BY ... LIMIT 1 rather than min(): an index scan that stops at the first row,
    -- whatever the planner's statistics say)
    RETURN (WITH RECURSIVE ev(n, c) AS (
                SELECT u.n, (SELECT e.company_id FROM company_name_evidence e
                              WHERE e.name = u.n AND e.company_id IS NOT NULL
                              ORDER BY e.company_id LIMIT 1)
                  FROM unnest(p_names) u(n)
                UNION ALL
                SELECT ev.n, (SELECT e.company_id FROM company_name_evidence e
                               WHERE e.name = ev.n AND e.company_id > ev.c
                               ORDER BY e.company_id LIMIT 1)
                  FROM ev WHERE ev.c IS NOT NULL
            ), un(n, c) AS (
                SELECT u.n, (SELECT a.company_id FROM article_entities a
                              WHERE a.type = 'company' AND a.ticker_code IS NULL AND a.name = u.n
                                AND a.company_id IS NOT NULL
                              ORDER BY a.company_id LIMIT 1)
                  FROM unnest(p_names) u(n)
                UNION ALL
                SELECT un.n, (SELECT a.company_id FROM article_entities a
                               WHERE a.type = 'company' AND a.ticker_code IS NULL AND a.name = un.n
                                 AND a.company_id > un.c
                               ORDER BY a.company_id LIMIT 1)
                  FROM un WHERE un.c IS NOT NULL
            )
            SELECT COALESCE(array_agg(DISTINCT s.c), '{}')
              FROM (SELECT c FROM ev UNION ALL SELECT c FROM un) s
             WHERE s.c IS NOT NULL);
END $$;

-- Evidence of a listed company's name resolves this article's unlisted mentions of it.
CREATE OR REPLACE FUNCTION gl_contrib_insert(p_id text, d jsonb, p_seen timestamptz DEFAULT NULL)
RETURNS text[]
LANGUAGE plpgsql
-- (0006: one generic plan per connection; 0007: aggregates by sorting, see the header)
SET plan_cache_mode = force_generic_plan SET enable_hashagg = off
AS $$
DECLARE
    v_seen timestamptz := p_seen;
    v_ids text[];
BEGIN
    IF v_seen IS NULL THEN
        SELECT COALESCE(a.published_ts, a.created_at) INTO v_seen FROM articles a WHERE a.id = p_id;
    END IF;
    WITH src AS MATERIALIZED (
        -- entity keys deduplicated as ON CONFLICT DO NOTHING did (first wins)
        SELECT DISTINCT ON (e->>'id') e->>'id' AS entity_key,
               COALESCE(e->>'type', 'organization') AS type, COALESCE(e->>'name', '') AS name,
               COALESCE(ARRAY(SELECT jsonb_array_elements_text(
                       CASE WHEN jsonb_typeof(e->'aliases') = 'array' THEN e->'aliases' ELSE '[]' END)),
                       '{}') AS aliases,
               NULLIF(e#>>'{ticker,code}', '') AS ticker_code,
               NULLIF(e#>>'{ticker,exchange}', '') AS exchange,
               CASE WHEN e->>'type' = 'company' THEN e->>'company_id' END AS raw_company_id,
               (e->>'salience')::double precision AS salience,
               CASE WHEN jsonb_typeof(e->'mentions') = 'array' THEN jsonb_array_length(e->'mentions')
                    WHEN jsonb_typeof(e->'mention_count') = 'number' THEN (e->>'mention_count')::int
                    ELSE 0 END AS mention_count,
               -- (mention spans stay in articles.doc: no query reads them from here; roles
               -- are only read for persons)
               CASE WHEN e->>'type' = 'person' AND jsonb_typeof(e->'roles') = 'array' THEN e->'roles'
                    ELSE '[]' END AS roles
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'entities') = 'array'
                                         THEN d->'entities' ELSE '[]' END) WITH ORDINALITY x(e, o)
         WHERE e->>'id' IS NOT NULL
         ORDER BY e->>'id', o
    ), own_ev AS MATERIALIZED (
        -- names and aliases of this article's listed companies: evidence
        SELECT DISTINCT n AS name, s.raw_company_id AS company_id
          FROM src s, unnest(s.aliases || s.name) n
         WHERE s.type = 'company' AND s.ticker_code IS NOT NULL AND s.raw_company_id IS NOT NULL
           AND n <> ''
    ), evi AS (
        INSERT INTO company_name_evidence (name, company_id, article_id)
        SELECT name, company_id, p_id FROM own_ev
    ), ins AS (
        INSERT INTO article_entities (article_id, entity_key, type, name, aliases, ticker_code,
                                      exchange, raw_company_id, company_id, salience,
                                      mention_count, mentions, roles, seen)
        SELECT p_id, s.entity_key, s.type, s.name, s.aliases, s.ticker_code, s.exchange,
               s.raw_company_id,
               -- an unlisted mention: the one listed company its name is evidence for (stored
               -- evidence plus this article's), else its own id
               CASE WHEN s.type = 'company' AND s.ticker_code IS NULL AND s.raw_company_id IS NOT NULL
                    THEN COALESCE((SELECT CASE WHEN min(u.c) = max(u.c) THEN min(u.c) END
                                     FROM (SELECT (SELECT min(ev.company_id) FROM company_name_evidence ev
                                                    WHERE ev.name = s.name) AS c
                                           UNION ALL
                                           SELECT (SELECT max(ev.company_id) FROM company_name_evidence ev
                                                    WHERE ev.name = s.name)
                                           UNION ALL
                                           SELECT o.company_id FROM own_ev o WHERE o.name = s.name) u),
                                  s.raw_company_id)
                    ELSE s.raw_company_id END,
               s.salience, s.mention_count, '[]', s.roles, v_seen
          FROM src s
        RETURNING company_id, name, aliases, ticker_code, exchange, mention_count
    ), ca AS (
        INSERT INTO company_articles AS ca (company_id, article_id, n_rows, mentions, seen)
        SELECT r.company_id, p_id, count(*), sum(r.mention_count), v_seen
          FROM ins r WHERE r.company_id IS NOT NULL GROUP BY 1
        ON CONFLICT (company_id, article_id) DO UPDATE
           SET n_rows = ca.n_rows + EXCLUDED.n_rows, mentions = ca.mentions + EXCLUDED.mentions,
               seen = EXCLUDED.seen
    ), ns AS (
        INSERT INTO company_name_stats AS ns (company_id, name, n_name, n_listed_name, n_any)
        SELECT r.company_id, x.n, sum((x.n = r.name)::int),
               sum((x.n = r.name AND r.ticker_code IS NOT NULL)::int), count(*)
          FROM ins r,
               LATERAL (SELECT DISTINCT n FROM unnest(r.aliases || r.name) n WHERE n <> '') x
         WHERE r.company_id IS NOT NULL GROUP BY 1, 2
        ON CONFLICT (company_id, name) DO UPDATE
           SET n_name = ns.n_name + EXCLUDED.n_name,
               n_listed_name = ns.n_listed_name + EXCLUDED.n_listed_name,
               n_any = ns.n_any + EXCLUDED.n_any
    ), ts AS (
        INSERT INTO company_ticker_stats AS ts (company_id, code, exchange, n)
        SELECT r.company_id, r.ticker_code, COALESCE(r.exchange, ''), count(*)
          FROM ins r WHERE r.company_id IS NOT NULL AND r.ticker_code IS NOT NULL
         GROUP BY 1, 2, 3
        ON CONFLICT (company_id, code, exchange) DO UPDATE SET n = ts.n + EXCLUDED.n
    ), evs AS MATERIALIZED (
        SELECT ev.v, (ev.o - 1)::int AS idx
          FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'events') = 'array'
                                         THEN d->'events' ELSE '[]' END) WITH ORDINALITY ev(v, o)
    ), ev AS (
        INSERT INTO article_events (article_id, idx, type, confidence, event_date, doc)
        SELECT p_id, e.idx, COALESCE(e.v->>'type', ''), (e.v->>'confidence')::double precision,
               COALESCE((SELECT a->>'value' FROM jsonb_array_elements(
                       CASE WHEN jsonb_typeof(e.v->'arguments') = 'array' THEN e.v->'arguments' ELSE '[]' END) a
                 WHERE a->>'role' IN ('date', 'disclosed_at') AND a->>'value' IS NOT NULL
                 ORDER BY a->>'role' = 'date' DESC LIMIT 1), e.v->>'disclosed_at'),
               e.v
          FROM evs e
    ), args AS (
        -- (the foreign key to article_events is checked at the end of the statement)
        INSERT INTO event_arguments (article_id, event_idx, idx, role, entity_key, text, value_num,
                                     value_str, currency)
        SELECT p_id, e.idx, (a.o - 1)::int, COALESCE(a.v->>'role', ''), a.v->>'entity',
               a.v->>'text',
               CASE WHEN jsonb_typeof(a.v->'value') = 'number' THEN (a.v->>'value')::double precision END,
               CASE WHEN jsonb_typeof(a.v->'value') = 'string' THEN a.v->>'value' END,
               a.v->>'currency'
          FROM evs e,
               jsonb_array_elements(CASE WHEN jsonb_typeof(e.v->'arguments') = 'array'
                                         THEN e.v->'arguments' ELSE '[]' END) WITH ORDINALITY a(v, o)
    ), ppl AS (
        -- people: POSITIONs with both a person and an organization entity, plus persons'
        -- roles whose organization names an entity of the article
        INSERT INTO article_people (article_id, person_key, person_name, title, org_key)
        SELECT DISTINCT p_id, s.person_key, pe.name, s.title, s.org_key
          FROM (SELECT p->>'person' AS person_key, p->>'title' AS title, p->>'organization' AS org_key
                  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'positions') = 'array'
                                                 THEN d->'positions' ELSE '[]' END) p
                UNION
                SELECT ae.entity_key, r->>'title', org.entity_key
                  FROM src ae
                  CROSS JOIN jsonb_array_elements(ae.roles) r
                  JOIN src org
                    ON org.type <> 'person'
                   AND (org.name = r->>'organization' OR (r->>'organization') = ANY (org.aliases))
                 WHERE ae.type = 'person') s
          JOIN src pe ON pe.entity_key = s.person_key
          JOIN src oe ON oe.entity_key = s.org_key
         WHERE s.title IS NOT NULL AND s.title <> ''
    )
    SELECT COALESCE(array_agg(DISTINCT company_id), '{}') INTO v_ids
      FROM ins WHERE company_id IS NOT NULL;
    RETURN v_ids;
END $$;

-- As in 0002, plus the explicit deletes of the rows that no foreign key cascades to any more.
CREATE OR REPLACE FUNCTION gl_article_delete(p_id text) RETURNS boolean
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
    -- (no foreign keys from these two since 0007: deleted here, as the revision path does)
    DELETE FROM company_name_evidence WHERE article_id = p_id;
    DELETE FROM article_entities WHERE article_id = p_id;
    v_ids := v_ids || gl_reresolve(gl_names_changed(v_ev, v_before, gl_name_map(v_ev)), NULL);
    PERFORM gl_lock_keys(ARRAY(SELECT 'c:' || x FROM unnest(v_ids) x));
    PERFORM gl_company_recompute(v_ids);
    INSERT INTO changes (kind, entity_id, op, version) VALUES ('article', p_id, 'delete', NULL);
    PERFORM pg_notify('gleaner_changes', '');
    RETURN true;
END $$;


-- As in 0006, with the content hash from p_d and the records of a new article's companies
-- updated inline.
CREATE OR REPLACE FUNCTION gl_article_put(p_doc json, p_d jsonb, p_input_hash bytea) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    d        jsonb := p_d;
    v_hash   bytea;
    v_source text := d->>'source';
    v_ext    text := d->>'external_id';
    v_old    articles%ROWTYPE;
    v_id     text;
    v_rev    integer;
    v_names  text[];
    v_ids    text[];
    v_ev     text[];   -- names whose evidence this write may change
    v_before text[];
    v_changed text[];
    v_moved  text[];
    v_mine   text[];
    v_pre_id text;
    v_pre_rev integer;
    v_seen   timestamptz;
    v_n      bigint;
BEGIN
    -- gleanerd sends the SHA-256 of the text (hex) instead of the text; other callers the text
    IF d ? 'content_hash' THEN
        v_hash := decode(d->>'content_hash', 'hex');
        IF octet_length(v_hash) <> 32 THEN
            RAISE EXCEPTION 'content_hash is not a SHA-256' USING ERRCODE = '22023';
        END IF;
    ELSIF COALESCE(d->>'text', '') = '' THEN
        RAISE EXCEPTION 'article has no text' USING ERRCODE = '22023';
    ELSE
        v_hash := sha256(convert_to(d->>'text', 'UTF8'));
    END IF;
    -- names, listed names (evidence) and ids of the new contributions, in one pass; and the
    -- current revision under the same (source, external_id), if any: a revision also touches
    -- what it contributed (read before locking; checked again below)
    SELECT x.names, x.ev, x.ids, a.id, a.revision
      INTO v_names, v_ev, v_ids, v_pre_id, v_pre_rev
      FROM (SELECT COALESCE(array_agg(DISTINCT x.n) FILTER (WHERE x.n <> ''), '{}') AS names,
                   COALESCE(array_agg(DISTINCT x.n) FILTER (WHERE x.n <> '' AND x.listed), '{}') AS ev,
                   COALESCE(array_agg(DISTINCT x.cid) FILTER (WHERE x.cid IS NOT NULL), '{}') AS ids
              FROM (SELECT e->>'company_id' AS cid, NULLIF(e#>>'{ticker,code}', '') IS NOT NULL AS listed, n
                      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'entities') = 'array'
                                                     THEN d->'entities' ELSE '[]' END) e,
                           unnest(ARRAY[e->>'name'] || COALESCE(ARRAY(SELECT jsonb_array_elements_text(
                               CASE WHEN jsonb_typeof(e->'aliases') = 'array' THEN e->'aliases' ELSE '[]' END)), '{}')) n
                     WHERE e->>'type' = 'company') x) x
      LEFT JOIN articles a ON a.source = v_source AND a.external_id = v_ext;

    IF v_source IS NOT NULL AND v_ext IS NOT NULL THEN
        IF v_pre_id IS NOT NULL THEN
            v_names := v_names || gl_article_names(v_pre_id);
            v_ids := v_ids || gl_article_company_ids(v_pre_id);
        END IF;
    END IF;

    -- one sorted round of advisory locks: the same text, the same (source, external_id), the
    -- names and the companies this write (probably) touches
    -- (gl_lock_keys inline: the same keys in the same order)
    PERFORM pg_advisory_xact_lock(h)
       FROM (SELECT DISTINCT hashtextextended(k, 7) AS h
               FROM unnest(ARRAY['h:' || encode(v_hash, 'hex'),
                                 CASE WHEN v_source IS NOT NULL AND v_ext IS NOT NULL
                                      THEN 'k:' || v_source || E'\x1f' || v_ext END]
                           || ARRAY(SELECT 'n:' || x FROM unnest(v_names) x)
                           || ARRAY(SELECT 'c:' || x
                                      FROM unnest(v_ids || gl_names_company_ids(v_names)) x)) k
              WHERE k IS NOT NULL
              ORDER BY 1) s;

    -- the same text (a duplicate), else the current revision of the same key, in one read
    SELECT * INTO v_old FROM articles
     WHERE content_hash = v_hash OR (source = v_source AND external_id = v_ext)
     ORDER BY content_hash = v_hash DESC LIMIT 1;
    IF FOUND AND v_old.content_hash = v_hash THEN
        RETURN jsonb_build_object('id', v_old.id, 'revision', v_old.revision,
                                  'duplicate', true, 'created', false);
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
    IF cardinality(v_ev) > 0 THEN
        -- (gl_name_map inline)
        v_before := ARRAY(SELECT (SELECT CASE WHEN min(ev.company_id) = max(ev.company_id)
                                              THEN min(ev.company_id) END
                                    FROM company_name_evidence ev WHERE ev.name = u.n)
                            FROM unnest(v_ev) WITH ORDINALITY u(n, o) ORDER BY u.o);
    END IF;

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
        DELETE FROM company_name_evidence WHERE article_id = v_id;
        DELETE FROM article_entities WHERE article_id = v_id;
        UPDATE articles
           SET revision = v_rev, content_hash = v_hash, title = d->>'title',
               language = d->>'language', outlet = d->>'outlet', url = d->>'url',
               published_at = d->>'published_at', published_ts = gl_parse_ts(d->>'published_at'),
               input_hash = p_input_hash, doc = p_doc, updated_at = clock_timestamp()
         WHERE id = v_id
        RETURNING COALESCE(published_ts, created_at) INTO v_seen;
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
                p_doc)
        RETURNING COALESCE(published_ts, created_at) INTO v_seen;
    END IF;

    -- the new contributions, their own unlisted mentions already resolved
    v_mine := gl_contrib_insert(v_id, d, v_seen);
    v_moved := '{}';
    IF cardinality(v_ev) > 0 THEN
        -- the names whose listed company changed with this write's evidence
        SELECT COALESCE(array_agg(u.n), '{}') INTO v_changed
          FROM unnest(v_ev, v_before) u(n, b)
         WHERE u.b IS DISTINCT FROM (SELECT CASE WHEN min(ev.company_id) = max(ev.company_id)
                                                 THEN min(ev.company_id) END
                                       FROM company_name_evidence ev WHERE ev.name = u.n);
        IF cardinality(v_changed) > 0 THEN
            v_moved := gl_reresolve(v_changed, NULL);
        END IF;
    END IF;
    IF cardinality(v_moved) > 0 OR NOT v_mine <@ v_ids THEN
        PERFORM gl_lock_keys(ARRAY(SELECT 'c:' || x FROM unnest(v_moved || v_mine) x
                                    WHERE x <> ALL (v_ids)));
    END IF;
    IF v_old.id IS NULL THEN
        -- a new article: the companies it contributed to gained exactly its rows (unless a
        -- re-resolution moved them too); the raw ids it names without contributing did not
        -- change at all
        -- (gl_company_add of 0006, inline, with the article's own change row and ONE
        -- notification per 100 records: "<id> <version>" lines, store/db_notify.c)
        WITH r AS (
            SELECT ca.company_id AS id, ca.mentions, ca.seen, nm.name, tk.code AS ticker_code,
                   NULLIF(tk.exchange, '') AS exchange,
                   array_remove(COALESCE(al.names, '{}'), nm.name) AS aliases
              FROM company_articles ca
              LEFT JOIN LATERAL (
                  SELECT ns.name FROM company_name_stats ns
                   WHERE ns.company_id = ca.company_id AND ns.n_name > 0
                   ORDER BY ns.n_listed_name > 0 DESC, ns.n_name DESC, length(ns.name), ns.name
                   LIMIT 1) nm ON true
              LEFT JOIN LATERAL (
                  SELECT ts.code, ts.exchange FROM company_ticker_stats ts
                   WHERE ts.company_id = ca.company_id AND ts.n > 0
                   ORDER BY ts.n DESC, ts.code, NULLIF(ts.exchange, '') NULLS FIRST LIMIT 1) tk ON true
              LEFT JOIN LATERAL (
                  SELECT array_agg(ns.name ORDER BY ns.name) AS names FROM company_name_stats ns
                   WHERE ns.company_id = ca.company_id AND ns.n_any > 0) al ON true
             WHERE ca.company_id = ANY (v_mine) AND ca.company_id <> ALL (v_moved)
               AND ca.article_id = v_id
        ),
        up AS (
            INSERT INTO companies AS co (id, name, ticker_code, exchange, aliases, article_count,
                                         mention_count, first_seen_at, last_seen_at, merged_into,
                                         updated_at, version)
            SELECT id, name, ticker_code, exchange, aliases, 1, mentions, seen, seen, NULL,
                   clock_timestamp(), 1
              FROM r
            ON CONFLICT (id) DO UPDATE
               SET name = EXCLUDED.name, ticker_code = EXCLUDED.ticker_code,
                   exchange = EXCLUDED.exchange, aliases = EXCLUDED.aliases,
                   article_count = co.article_count + 1,
                   mention_count = co.mention_count + EXCLUDED.mention_count,
                   first_seen_at = LEAST(co.first_seen_at, EXCLUDED.first_seen_at),
                   last_seen_at = GREATEST(co.last_seen_at, EXCLUDED.last_seen_at),
                   merged_into = NULL, updated_at = EXCLUDED.updated_at, version = co.version + 1
            RETURNING co.id, co.version
        ),
        ch AS (
            INSERT INTO changes (kind, entity_id, op, version)
            SELECT 'company', id, 'upsert', version FROM up
            UNION ALL
            SELECT 'article', v_id, 'upsert', v_rev
            RETURNING kind, entity_id, version
        ),
        lines AS (
            SELECT entity_id || ' ' || version AS line,
                   (row_number() OVER () - 1) / 100 AS chunk
              FROM ch WHERE kind = 'company'
        )
        SELECT count(pg_notify(g.channel, g.p)) INTO v_n
          FROM (SELECT 'gleaner_company' AS channel, string_agg(line, E'\n') AS p
                  FROM lines GROUP BY chunk
                UNION ALL
                SELECT 'gleaner_changes', '') g;
        IF cardinality(v_moved) > 0 THEN
            PERFORM gl_company_recompute(v_moved);
        END IF;
    ELSE
        PERFORM gl_company_recompute(v_ids || v_moved || v_mine);
        INSERT INTO changes (kind, entity_id, op, version) VALUES ('article', v_id, 'upsert', v_rev);
        PERFORM pg_notify('gleaner_changes', '');
    END IF;
    RETURN jsonb_build_object('id', v_id, 'revision', v_rev, 'duplicate', false,
                              'created', v_old.id IS NULL);
END $$;
