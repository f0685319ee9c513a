create table program (
    id          uuid primary key,
    code        text        not null unique,
    title       text        not null,
    region_code text        not null references region (code),
    format      text        not null,
    start_date  date        not null,
    end_date    date        not null,
    jp          integer     not null check (jp > 0),
    status      text        not null,
    created_at  timestamptz not null,
    created_by  text        not null,
    check (end_date >= start_date)
);

create index program_region on program (region_code);
create index program_start_date on program (start_date);
