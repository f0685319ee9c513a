-- Every event this service has applied, recorded in the transaction that applied it: an event
-- delivered again is recognised here and skipped.
create table processed_event (
    event_id     uuid primary key,
    type         text        not null,
    source       text        not null,
    occurred_at  timestamptz not null,
    processed_at timestamptz not null default now()
);

-- "Current up to": the time of the latest event applied from each source.
create index processed_event_source_time on processed_event (source, occurred_at);

-- This service's copy of programs-service's region register, kept from RegionRegistered events.
create table region (
    code        text primary key,
    name        text not null,
    parent_code text
);
