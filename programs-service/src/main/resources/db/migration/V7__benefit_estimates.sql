-- The office's estimate of a program's benefits (level 5 of its evaluation: ROI and BCR against
-- its realised cost), in rupiah, with how it was estimated. Each new estimate is a new row, so
-- the earlier ones stay as its history; the current one is the program's highest number.
create table program_benefit_estimate (
    id           uuid        primary key,
    program_id   uuid        not null references program (id),
    number       integer     not null check (number > 0),
    amount       bigint      not null check (amount between 0 and 1000000000000000),
    method       text        not null check (char_length(method) between 10 and 4000),
    estimated_at timestamptz not null,
    estimated_by text        not null,
    unique (program_id, number)
);
