-- 0001_init.sql — the foundation. gleanerd applies schema/NNNN_name.sql files in order at start,
-- each in its own transaction under an advisory lock, and records them in schema_migrations
-- (which gleanerd creates itself before this file runs). Never edit an applied migration: add
-- a new file. Do not put BEGIN/COMMIT in a migration.
COMMENT ON TABLE schema_migrations IS
  'Applied migrations of gleanerd (schema/NNNN_name.sql): version, file name, FNV-1a checksum.';
