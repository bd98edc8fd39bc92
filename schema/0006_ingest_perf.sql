-- 0006_ingest_perf.sql — database CPU per stored article (issue 6, ingest bar; see
-- docs/storage.md "Benchmarks"). Applied migrations are never edited; this one redefines:
--   * gl_contrib_insert: the new article's unlisted company mentions are resolved while they
--     are inserted (its own evidence goes in first), and the per-company statistics of the
--     inserted rows are applied in the same statement (data-modifying CTEs) instead of by the
--     statement trigger on INSERT, which is dropped (DELETE and UPDATE keep theirs: revisions,
--     deletes and re-resolution are rare). Returns the company ids it contributed to.
--     Events and their arguments are one statement.
--   * gl_article_put: one pass over the entities for the names/ids it locks; re-resolution of
--     other articles only when a name's mapping really changed (was: an UPDATE statement and
--     its trigger on every write); the change/notify rows as before.
--   * gl_rebuild: unchanged in effect (uses the new gl_contrib_insert).
-- Records stay equal to a rebuild (tests/store/test_store.c).

DROP TRIGGER IF EXISTS article_entities_ins ON article_entities;

-- Insert the contributions of one ARTICLE document (jsonb) for article p_id, in ONE
-- statement: the company-name evidence of its listed companies, its entities (unlisted company
-- mentions resolved at once against the evidence including this article's), the statistics
-- deltas of those entities, its events with their arguments, and its people. p_seen is the
-- article's published time else its storage time (read from articles when NULL). Returns the
-- distinct company ids of the inserted contributions.
DROP FUNCTION IF EXISTS gl_contrib_insert(text, jsonb);
CREATE FUNCTION gl_contrib_insert(p_id text, d jsonb, p_seen timestamptz DEFAULT NULL)
RETURNS text[]
LANGUAGE plpgsql AS $$
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
                                     FROM (SELECT ev.company_id AS c FROM company_name_evidence ev
                                            WHERE ev.name = s.name
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

-- Its statement is planned for JSON it cannot look into: the plan does not depend on the
-- document, but the plan cache kept re-planning it per call (custom plans: ~1 ms each, as
-- much as executing it; pg_stat_statements plans = calls). One generic plan per connection.
ALTER FUNCTION gl_contrib_insert(text, jsonb, timestamptz) SET plan_cache_mode = force_generic_plan;

-- The records of companies that a NEW article just contributed to, when nothing else moved
-- them (no re-resolution, no revision): its contributions added exactly one company_articles
-- row per company, so the counts and first/last seen follow from the record and that row
-- (no aggregate over all the company's articles); name, ticker and aliases come from the
-- statistics as in gl_company_recompute. Bumps the version, logs the change, notifies.
CREATE OR REPLACE FUNCTION gl_company_add(p_ids text[], p_article text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    v_n bigint;
BEGIN
    IF cardinality(p_ids) IS NULL OR cardinality(p_ids) = 0 THEN
        RETURN;
    END IF;
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
         WHERE ca.company_id = ANY (p_ids) AND ca.article_id = p_article
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
        RETURNING entity_id, version
    )
    SELECT count(pg_notify('gleaner_company', entity_id || ' ' || version)) FROM ch INTO v_n;
END $$;

-- As in 0005: one pass over the entities; own mentions resolved by gl_contrib_insert;
-- re-resolution of other articles only for names whose mapping changed.
-- p_doc is the ARTICLE as stored (json, its text as sent); p_d what is read of it (jsonb): the
-- same document, or the slim one gleanerd sends (store/db_articles.c contributions(): the
-- entities without mention spans but with "mention_count", no quantities) — so that the
-- whole document is not parsed into jsonb on every ingest.
CREATE OR REPLACE FUNCTION gl_article_put(p_doc json, p_d jsonb, p_input_hash bytea) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    d        jsonb := p_d;
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
    v_changed text[];
    v_moved  text[];
    v_mine   text[];
    v_pre_id text;
    v_pre_rev integer;
    v_seen   timestamptz;
BEGIN
    IF v_text = '' THEN
        RAISE EXCEPTION 'article has no text' USING ERRCODE = '22023';
    END IF;
    -- names, listed names (evidence) and ids of the new contributions, in one pass
    SELECT COALESCE(array_agg(DISTINCT x.n) FILTER (WHERE x.n <> ''), '{}'),
           COALESCE(array_agg(DISTINCT x.n) FILTER (WHERE x.n <> '' AND x.listed), '{}'),
           COALESCE(array_agg(DISTINCT x.cid) FILTER (WHERE x.cid IS NOT NULL), '{}')
      INTO v_names, v_ev, v_ids
      FROM (SELECT e->>'company_id' AS cid, NULLIF(e#>>'{ticker,code}', '') IS NOT NULL AS listed, n
              FROM jsonb_array_elements(CASE WHEN jsonb_typeof(d->'entities') = 'array'
                                             THEN d->'entities' ELSE '[]' END) e,
                   unnest(ARRAY[e->>'name'] || COALESCE(ARRAY(SELECT jsonb_array_elements_text(
                       CASE WHEN jsonb_typeof(e->'aliases') = 'array' THEN e->'aliases' ELSE '[]' END)), '{}')) n
             WHERE e->>'type' = 'company') x;

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
    IF cardinality(v_ev) > 0 THEN
        v_before := gl_name_map(v_ev);
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
        PERFORM gl_company_add(ARRAY(SELECT x FROM unnest(v_mine) x WHERE x <> ALL (v_moved)), v_id);
        IF cardinality(v_moved) > 0 THEN
            PERFORM gl_company_recompute(v_moved);
        END IF;
    ELSE
        PERFORM gl_company_recompute(v_ids || v_moved || v_mine);
    END IF;
    INSERT INTO changes (kind, entity_id, op, version) VALUES ('article', v_id, 'upsert', v_rev);
    PERFORM pg_notify('gleaner_changes', '');
    RETURN jsonb_build_object('id', v_id, 'revision', v_rev, 'duplicate', false,
                              'created', v_old.id IS NULL);
END $$;

-- The 0002 signature: reads the whole document.
CREATE OR REPLACE FUNCTION gl_article_put(p_doc json, p_input_hash bytea) RETURNS jsonb
LANGUAGE plpgsql AS $$
BEGIN
    RETURN gl_article_put(p_doc, p_doc::jsonb, p_input_hash);
END $$;

-- As gl_ingest(text, bytea, json) of 0002, with p_contrib[i] = what is read of p_articles[i]
-- (see gl_article_put above; same length, same order). p_articles may also be ONE article
-- object (the usual request: its text is then not lexed a second time to split an array).
CREATE OR REPLACE FUNCTION gl_ingest(p_content_type text, p_body bytea, p_articles json,
                                     p_contrib jsonb) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
    v_hash bytea;
    v_out  jsonb := '[]';
    v_r    jsonb;
    v_a    json;
    v_i    bigint;
    v_one  boolean := json_typeof(p_articles) = 'object';
BEGIN
    IF jsonb_typeof(p_contrib) <> 'array' OR (v_one AND jsonb_array_length(p_contrib) <> 1)
       OR (NOT v_one AND json_array_length(p_articles) <> jsonb_array_length(p_contrib)) THEN
        RAISE EXCEPTION 'gl_ingest: the articles and their contribution documents do not match'
            USING ERRCODE = '22023';
    END IF;
    IF p_body IS NOT NULL THEN
        v_hash := sha256(p_body);
        INSERT INTO inputs (hash, content_type, body)
        VALUES (v_hash, COALESCE(p_content_type, ''), p_body)
        ON CONFLICT DO NOTHING;
    END IF;
    FOR v_a, v_i IN SELECT p_articles, 1 WHERE v_one
                    UNION ALL
                    SELECT a, o FROM json_array_elements(CASE WHEN v_one THEN '[]' ELSE p_articles END)
                                     WITH ORDINALITY x(a, o) LOOP
        v_r := gl_article_put(v_a, p_contrib -> (v_i - 1)::int, v_hash);
        IF (v_r->>'duplicate')::boolean THEN
            v_r := v_r || jsonb_build_object('doc', (SELECT doc::jsonb FROM articles WHERE id = v_r->>'id'));
        END IF;
        v_out := v_out || jsonb_build_array(v_r);
    END LOOP;
    RETURN v_out;
END $$;
