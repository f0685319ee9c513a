-- Level 4 (results) of each program's evaluation, kept from the events of programs-, performance- and
-- surveys-service: the outcomes each program declared, each indicator's capaian per period and each service
-- unit's SKM points per month. A request's windows read a few of these rows: nothing is summed over raw
-- realisations or responses when a program is evaluated. Any of these events may come first.

-- The agency a participant belonged to when enrolled: the comparison group is made of the other agencies.
alter table program_evaluation_participant add column agency_code text;

alter table program_evaluation
    -- Level 4 with the default windows, for the region's program list: one entry per expected outcome, kept by
    -- ProgramResultsRefresher shortly after an event that may change it marks the program stale.
    add column results_headline jsonb,
    add column results_as_of    timestamptz,
    add column results_stale    boolean not null default false,
    add column outcomes         integer not null default 0,
    -- The time of the plan the outcomes were taken from: an older plan arriving later changes nothing.
    add column outcomes_at      timestamptz;

create index program_evaluation_results_stale on program_evaluation (program_id) where results_stale;
create index program_evaluation_with_outcomes on program_evaluation (region_code) where outcomes > 0;

-- The outcomes the latest plan declared, in its order: an indicator of an agency, or the IKM of a service unit.
create table program_outcome (
    program_id        uuid    not null,
    position          integer not null,
    agency_code       text,
    indicator_code    text,
    service_unit_code text,
    expected_change   text,
    primary key (program_id, position)
);

create index program_outcome_agency on program_outcome (agency_code);
create index program_outcome_service_unit on program_outcome (service_unit_code);

-- Every indicator the events named, by its agency and code. A realisation arriving before its definition creates
-- the row with what it carries; the definition fills in the rest.
create table indicator (
    agency_code    text not null,
    indicator_code text not null,
    region_code    text not null,
    period_type    text not null,
    name           text,
    unit           text,
    direction      text,
    defined_at     timestamptz,
    -- The province a kab/kota's indicator also belongs to: a province's program compares across its kab/kota.
    province_code  text generated always as (split_part(region_code, '.', 1)) stored,
    primary key (agency_code, indicator_code)
);

create index indicator_region_period_type on indicator (region_code, period_type);
create index indicator_province_period_type on indicator (province_code, period_type);

-- An indicator's capaian in one period, at the full precision its events carry; the latest event wins. Level 4 reads
-- the windows' few periods of every indicator of a comparison group (some 300 for a province): with the capaian and
-- its time in the key's index, the periods are checked and read from the index alone, not from a table row per
-- period of each indicator. Realisations are rarely corrected, so the wider index costs the writes little.
create table indicator_period (
    agency_code    text        not null,
    indicator_code text        not null,
    period         text        not null,
    capaian        numeric     not null,
    occurred_at    timestamptz not null,
    primary key (agency_code, indicator_code, period) include (capaian, occurred_at)
);

-- SkmPoints of a service unit's responses dated in one month that share one weighting.
create table unit_skm_month (
    service_unit_code text        not null,
    month             date        not null,
    index_denominator bigint      not null,
    responses         bigint      not null,
    points_sum        bigint      not null,
    as_of             timestamptz not null,
    primary key (service_unit_code, month, index_denominator)
);
