-- POST requests made with an Idempotency-Key, recorded in the transaction of their write with
-- the answer they got: a retry with the same key gets that answer and writes nothing new.
create table idempotent_request (
    caller       text        not null,
    key          text        not null,
    request_hash text        not null,
    response     jsonb,
    created_at   timestamptz not null default now(),
    primary key (caller, key)
);
