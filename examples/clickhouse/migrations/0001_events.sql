-- Raw events, partitioned by month and kept for 90 days.
CREATE TABLE IF NOT EXISTS events
(
    id UUID,
    ts DateTime64(3),
    user_id UInt64,
    kind LowCardinality(String),
    payload String CODEC(ZSTD(3))
)
ENGINE = MergeTree
PARTITION BY toYYYYMM(ts)
ORDER BY (kind, ts, id)
TTL toDateTime(ts) + INTERVAL 90 DAY;
