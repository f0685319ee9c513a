-- What an agency achieved on one of its key indicators (IKU) in one period, against the target.
create table realisation (
    id             uuid primary key,
    indicator_code text           not null,
    agency_code    text           not null,
    region_code    text           not null,
    period         text           not null,
    period_start   date           not null,
    period_end     date           not null,
    target         numeric        not null check (target > 0),
    realisation    numeric        not null check (realisation >= 0),
    direction      text           not null,
    capaian        numeric        not null,
    recorded_at    timestamptz    not null,
    recorded_by    text           not null,
    unique (indicator_code, agency_code, period)
);

create index realisation_region on realisation (region_code);
