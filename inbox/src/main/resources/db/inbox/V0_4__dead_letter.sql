-- Events a consumer could not apply however often it tried while its database answered (a bug
-- or data the read model cannot hold), kept whole so that they can be looked at and replayed
-- once the cause is fixed. They are marked processed, so that they no longer stop the topic.
create table dead_letter_event (
    event_id  uuid primary key,
    type      text        not null,
    source    text        not null,
    record    text        not null,
    error     text        not null,
    failed_at timestamptz not null default now()
);
