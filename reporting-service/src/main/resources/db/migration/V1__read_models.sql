-- Read models, fed only by events; each can be rebuilt from the topics.

create table program_summary (
    program_id  uuid primary key,
    region_code text    not null,
    code        text    not null,
    title       text    not null,
    start_date  date    not null,
    jp          integer not null
);

create index program_summary_region on program_summary (region_code);

-- Running sums of the SKM answers of each service unit: enough for NRR and IKM at full precision.
-- A unit is known by its code within its region: the same code elsewhere is another unit.
create table unit_ikm (
    region_code       text   not null,
    service_unit_code text   not null,
    responses         bigint not null,
    sum_u1            bigint not null,
    sum_u2            bigint not null,
    sum_u3            bigint not null,
    sum_u4            bigint not null,
    sum_u5            bigint not null,
    sum_u6            bigint not null,
    sum_u7            bigint not null,
    sum_u8            bigint not null,
    sum_u9            bigint not null,
    primary key (region_code, service_unit_code)
);

-- The latest realisation of each indicator of each agency.
create table indicator_capaian (
    agency_code    text        not null,
    indicator_code text        not null,
    region_code    text        not null,
    period         text        not null,
    period_end     date        not null,
    target         numeric     not null,
    realisation    numeric     not null,
    direction      text        not null,
    capaian        numeric     not null,
    occurred_at    timestamptz not null,
    primary key (agency_code, indicator_code)
);

create index indicator_capaian_region on indicator_capaian (region_code);
