-- 0003_jobs.sql — durable asynchronous jobs (Prefer: respond-async), storage issue 6.
--
-- A job row is written (and committed) before the 202 answer. Workers claim a queued job with
-- SELECT ... FOR UPDATE SKIP LOCKED inside the transaction that also stores its articles and
-- marks it done, so a worker that dies (kill -9, lost connection, PostgreSQL restart) simply
-- rolls back and the job is claimed again; a job is "running" while its row is locked.
-- Failures are counted in a separate transaction: retried with exponential backoff, and after
-- max_attempts (or at once for bad input) the job is 'failed' — the dead-letter state, visible
-- with its last error through GET /v1/jobs/{id}.
CREATE TABLE jobs (
    id           text PRIMARY KEY DEFAULT replace(gen_random_uuid()::text, '-', ''),
    kind         text NOT NULL,                       -- 'ingest'
    status       text NOT NULL DEFAULT 'queued'
                 CHECK (status IN ('queued', 'done', 'failed')),
    content_type text,
    body         bytea,
    params       jsonb NOT NULL DEFAULT '{}',
    attempts     integer NOT NULL DEFAULT 0,
    max_attempts integer NOT NULL DEFAULT 5,
    run_after    timestamptz NOT NULL DEFAULT now(),
    last_error   text,
    result       jsonb,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);
CREATE INDEX jobs_ready ON jobs (run_after, id) WHERE status = 'queued';
