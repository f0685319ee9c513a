-- Rebuilds of the read models from the beginning of the topics into tables of their own, while the
-- current ones keep answering (id.simonev.reporting.ingest.ReadModelRebuilds). Not a read model
-- itself: a rebuild leaves this table where it is.
create table read_model_rebuild (
    id             uuid primary key,
    state          text        not null,
    started_at     timestamptz not null,
    started_by     text        not null,
    finished_at    timestamptz,
    reason         text,
    events_read    bigint      not null default 0,
    events_applied bigint      not null default 0,
    -- Per topic-partition: where the rebuild began, how far it has read, and where the topic ends.
    partitions     jsonb       not null default '[]'
);

create index read_model_rebuild_started on read_model_rebuild (started_at);
