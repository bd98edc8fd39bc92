-- 0005_store_perf.sql — ingest speed (issue 6 bench bars; see docs/storage.md "Benchmarks").
-- Changes to 0002_store.sql (applied migrations are never edited):
--   * article_quantities becomes a view over articles.doc (no rows written per ingest);
--   * "the one listed company of a name" is min = max over the (name, company_id) index
--     (two index probes) instead of count(DISTINCT) over every evidence row of the name;
--   * lz4 compression for the large values where the server supports it.

-- (a database created from an interim 0002 already has the view: replace it then)
DO $$
BEGIN
    IF (SELECT relkind FROM pg_class WHERE oid = to_regclass('article_quantities')) = 'r' THEN
        DROP TABLE article_quantities;
    END IF;
END $$;

-- Quantities are read straight from the stored ARTICLE (articles.doc): a view, not rows written
-- per article (an article has ~40 quantities and no company-record query reads them, so a
-- table cost ~40 heap + index + foreign-key writes per ingest for nothing).
CREATE OR REPLACE VIEW article_quantities AS
SELECT a.id AS article_id, (q.o - 1)::int AS idx, COALESCE(q.v->>'type', '') AS type,
       q.v->>'text' AS text,
       CASE WHEN json_typeof(q.v->'value') = 'number' THEN (q.v->>'value')::double precision END AS value,
       CASE WHEN json_typeof(q.v->'value') = 'string' THEN q.v->>'value' END AS value_str,
       q.v->>'currency' AS currency, q.v->>'unit' AS unit, q.v->>'qualifier' AS qualifier,
       (q.v->>'start')::int AS start_cp, (q.v->>'end')::int AS end_cp
  FROM articles a,
       json_array_elements(CASE WHEN json_typeof(a.doc->'quantities') = 'array'
                                THEN a.doc->'quantities' ELSE '[]' END) WITH ORDINALITY q(v, o);

-- The large values (raw inputs, ARTICLE documents) are compressed with lz4 where the server
-- supports it: pglz was ~6% of the server's CPU per ingested article (perf, docs/storage.md).
DO $$
BEGIN
    ALTER TABLE inputs ALTER COLUMN body SET COMPRESSION lz4;
    ALTER TABLE articles ALTER COLUMN doc SET COMPRESSION lz4;
    ALTER TABLE article_revisions ALTER COLUMN doc SET COMPRESSION lz4;
    ALTER TABLE article_events ALTER COLUMN doc SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
    NULL;   -- a server built without lz4 keeps the default (pglz)
END $$;

-- As in 0002, without the article_quantities rows.
CREATE OR REPLACE FUNCTION gl_contrib_insert(p_id text, d jsonb) RETURNS void
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

-- As in 0002; min = max instead of count(DISTINCT).
CREATE OR REPLACE FUNCTION gl_name_map(p_names text[]) RETURNS text[]
LANGUAGE plpgsql STABLE AS $$
BEGIN
    -- (min = max: one distinct company; two index probes, however many articles the name has)
    RETURN ARRAY(SELECT (SELECT CASE WHEN min(ev.company_id) = max(ev.company_id)
                                     THEN min(ev.company_id) END
                           FROM company_name_evidence ev WHERE ev.name = u.n)
                   FROM unnest(p_names) WITH ORDINALITY u(n, o) ORDER BY u.o);
END $$;

-- As in 0002; min = max instead of count(DISTINCT).
CREATE OR REPLACE FUNCTION gl_reresolve(p_names text[], p_article text) RETURNS text[]
LANGUAGE plpgsql AS $$
DECLARE
    v_ids text[];
BEGIN
    WITH mine AS MATERIALIZED (   -- (the primary key; keeps the planner off the name index)
        SELECT * FROM article_entities WHERE article_id = p_article
    ), target AS (
        SELECT ae.article_id, ae.entity_key, ae.company_id AS old_id,
               COALESCE((SELECT CASE WHEN min(ev.company_id) = max(ev.company_id)
                                     THEN min(ev.company_id) END
                           FROM company_name_evidence ev WHERE ev.name = ae.name),
                        ae.raw_company_id) AS new_id
          FROM article_entities ae
         WHERE ae.type = 'company' AND ae.ticker_code IS NULL AND ae.raw_company_id IS NOT NULL
           AND ae.name = ANY (p_names)
        UNION
        SELECT ae.article_id, ae.entity_key, ae.company_id AS old_id,
               COALESCE((SELECT CASE WHEN min(ev.company_id) = max(ev.company_id)
                                     THEN min(ev.company_id) END
                           FROM company_name_evidence ev WHERE ev.name = ae.name),
                        ae.raw_company_id) AS new_id
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

-- As in 0002, without deleting article_quantities rows on a revision.
CREATE OR REPLACE FUNCTION gl_article_put(p_doc json, p_input_hash bytea) RETURNS jsonb
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

-- As in 0002, without article_quantities.
CREATE OR REPLACE FUNCTION gl_rebuild() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    a record;
    v_names text[] := '{}';
    v_ids text[];
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('gleaner:rebuild', 7));
    DELETE FROM article_people;
    DELETE FROM article_events;
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
