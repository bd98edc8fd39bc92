-- 0004_webhooks.sql — CMS webhook deliveries (issue 7): the durable record of every verified
-- delivery and, per CMS post, the newest version applied (so an older edit that arrives late
-- never overwrites a newer one).
--
-- A delivery row is inserted (unique per (source, delivery_id)) together with its job (jobs,
-- kind 'webhook', params {"delivery": id}) in one transaction committed before the 202 answer.
-- The job runner (store/db_jobs) processes it inside the job's transaction: the article is
-- stored or retracted, webhook_items and the delivery's status are updated, the job is marked
-- done — all in one commit. A delivery whose payload could not be understood is recorded with
-- status 'failed' and no job (answered 422). Replaying a failed delivery queues a new job.
CREATE TABLE webhook_deliveries (
    id             bigserial PRIMARY KEY,
    source         text NOT NULL,
    delivery_id    text NOT NULL,
    kind           text NOT NULL,                   -- standard | ghost | wordpress | arc
    action         text,                            -- upsert | retract (null: unparseable)
    external_id    text,
    modified_ms    bigint,                          -- the CMS's modified time, if it gave one
    item           jsonb,                           -- the adapted payload (srv_webhook_adapt.h)
    body           bytea NOT NULL,                  -- the raw verified body, as received
    status         text NOT NULL DEFAULT 'queued'
                   CHECK (status IN ('queued', 'processed', 'ignored', 'failed')),
    error          text,                            -- why it failed or was ignored
    job_id         text,                            -- the current job (jobs.id)
    prior_attempts integer NOT NULL DEFAULT 0,      -- attempts of jobs before a replay
    replays        integer NOT NULL DEFAULT 0,
    article_id     text,
    received_at    timestamptz NOT NULL DEFAULT clock_timestamp(),
    processed_at   timestamptz,
    UNIQUE (source, delivery_id)
);
CREATE INDEX webhook_deliveries_source ON webhook_deliveries (source, id DESC);

-- One row per CMS post: the newest version applied (CMS modified time, ms) and its article.
CREATE TABLE webhook_items (
    source       text NOT NULL,
    external_id  text NOT NULL,
    article_id   text,
    modified_ms  bigint NOT NULL,
    retracted    boolean NOT NULL DEFAULT false,
    delivery     bigint,
    updated_at   timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source, external_id)
);
