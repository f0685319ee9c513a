-- Events wait here, written in the same transaction as the state change they describe,
-- until the relay has published them to Kafka.
create table outbox_event (
    position     bigserial primary key,
    id           uuid        not null unique,
    type         text        not null,
    version      integer     not null,
    aggregate_id text        not null,
    region       text,
    occurred_at  timestamptz not null,
    data         jsonb       not null,
    published_at timestamptz
);

create index outbox_event_unpublished on outbox_event (position) where published_at is null;

-- Wakes the relay when a transaction that wrote events commits (NOTIFY is delivered on commit).
create function outbox_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('outbox_event', '');
    return null;
end
$$;

create trigger outbox_event_notify after insert on outbox_event
    for each statement execute function outbox_event_notify();
