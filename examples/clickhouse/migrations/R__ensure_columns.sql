-- Repeatable "ensurer": idempotent, re-run whenever this file changes (no version bump needed
-- to add a derived column or an index).
ALTER TABLE events ADD COLUMN IF NOT EXISTS day Date MATERIALIZED toDate(ts);
ALTER TABLE events ADD INDEX IF NOT EXISTS events_user_idx user_id TYPE bloom_filter GRANULARITY 4;
