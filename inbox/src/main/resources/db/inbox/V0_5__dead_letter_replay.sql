-- Dead letters get an id of their own, so that a record that is not an event at all (it has no
-- event id) is kept too, known by where it was read; each remembers the consumer that read it,
-- whose handlers apply it again, and when a replay applied it.
alter table dead_letter_event drop constraint dead_letter_event_pkey;
alter table dead_letter_event add column id uuid not null default gen_random_uuid();
alter table dead_letter_event add primary key (id);
alter table dead_letter_event
    alter column event_id drop not null,
    alter column type drop not null,
    alter column source drop not null,
    add column consumer        text,
    add column topic           text,
    add column kafka_partition integer,
    add column kafka_offset    bigint,
    add column replayed_at     timestamptz;
alter table dead_letter_event add constraint dead_letter_event_event unique (event_id);
-- A record that is not an event is kept once however often it is read.
create unique index dead_letter_event_position on dead_letter_event (topic, kafka_partition, kafka_offset)
    where event_id is null;
create index dead_letter_event_failed on dead_letter_event (failed_at);
