CREATE TABLE IF NOT EXISTS daily_counts
(
    day Date,
    kind LowCardinality(String),
    events UInt64
)
ENGINE = SummingMergeTree
ORDER BY (day, kind);

-- Every insert into events is summed per day and kind.
CREATE MATERIALIZED VIEW IF NOT EXISTS daily_counts_mv TO daily_counts AS
SELECT toDate(ts) AS day, kind, count() AS events
FROM events
GROUP BY day, kind;
