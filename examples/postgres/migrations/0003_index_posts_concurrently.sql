-- schemagate:no-transaction
-- CREATE INDEX CONCURRENTLY cannot run inside a transaction: each statement runs on its own
-- and its completion is journaled, so a failure can be resumed.
CREATE INDEX CONCURRENTLY IF NOT EXISTS posts_author_idx ON posts (author_id);
CREATE INDEX CONCURRENTLY IF NOT EXISTS posts_status_idx ON posts (status);
