-- The IKU catalogue: an agency's key indicators, their targets per period, the realisations
-- against them with every correction kept, and the state of each period of an agency.

create table indicator (
    id                   uuid primary key,
    code                 text        not null,
    name                 text        not null,
    agency_code          text        not null,
    service_unit_code    text,
    region_code          text        not null,
    unit                 text        not null,
    direction            text        not null,
    period_type          text        not null,
    aggregation          text        not null,
    allows_above_hundred boolean     not null default false,
    active               boolean     not null,
    created_at           timestamptz not null,
    created_by           text        not null,
    updated_at           timestamptz not null,
    unique (agency_code, code)
);

create index indicator_region on indicator (region_code);

-- A target is one value, or a range (lower to upper); never 0, for capaian would be undefined.
create table indicator_target (
    indicator_id uuid        not null references indicator (id),
    period       text        not null,
    period_start date        not null,
    period_end   date        not null,
    value        numeric check (value > 0),
    lower_bound  numeric check (lower_bound > 0),
    upper_bound  numeric,
    set_at       timestamptz not null,
    set_by       text        not null,
    primary key (indicator_id, period),
    check ((value is not null and lower_bound is null and upper_bound is null)
        or (value is null and lower_bound is not null and upper_bound > lower_bound))
);

-- The state of a period of an agency: RECORDED until verified, then VERIFIED, then LOCKED.
create table agency_period (
    agency_code   text        not null,
    period        text        not null,
    period_start  date        not null,
    period_end    date        not null,
    region_code   text        not null,
    state         text        not null,
    verified_at   timestamptz,
    verified_by   text,
    locked_at     timestamptz,
    locked_by     text,
    unlocked_at   timestamptz,
    unlocked_by   text,
    unlock_reason text,
    primary key (agency_code, period)
);

-- Every correction of a realisation keeps the earlier value, who changed it, when and why.
create table realisation_correction (
    id                uuid primary key,
    realisation_id    uuid        not null references realisation (id),
    previous_value    numeric     not null,
    previous_capaian  numeric     not null,
    previous_evidence text,
    value             numeric     not null,
    capaian           numeric     not null,
    evidence          text,
    reason            text        not null,
    corrected_at      timestamptz not null,
    corrected_by      text        not null
);

create index realisation_correction_realisation on realisation_correction (realisation_id, corrected_at);

-- The realisations recorded before the catalogue existed join it: an indicator per agency and
-- indicator code (its direction as stored, unit COUNT as nothing stored tells otherwise, period
-- type the shortest among its periods, aggregation AVERAGE for lower-is-better and CUMULATIVE
-- otherwise), a target per stored target, and each realisation keeps its value and capaian.
alter table realisation
    add column indicator_id uuid references indicator (id),
    add column target_lower numeric,
    add column target_upper numeric,
    add column evidence     text;

insert into indicator (id, code, name, agency_code, service_unit_code, region_code, unit, direction, period_type,
                       aggregation, allows_above_hundred, active, created_at, created_by, updated_at)
select md5('indicator/' || r.agency_code || '/' || r.indicator_code)::uuid, r.indicator_code, r.indicator_code,
       r.agency_code, null, latest.region_code, 'COUNT', latest.direction,
       case min(case when r.period ~ '^\d{4}-\d{2}$' then 1 when r.period like '%-Q%' then 2
                     when r.period like '%-S%' then 3 else 4 end)
           when 1 then 'MONTH' when 2 then 'QUARTER' when 3 then 'SEMESTER' else 'YEAR' end,
       case latest.direction when 'LOWER_IS_BETTER' then 'AVERAGE' else 'CUMULATIVE' end,
       false, true, min(r.recorded_at), 'migration V2', max(r.recorded_at)
from realisation r
join lateral (select l.region_code, l.direction from realisation l
              where l.agency_code = r.agency_code and l.indicator_code = r.indicator_code
              order by l.recorded_at desc, l.id limit 1) latest on true
group by r.agency_code, r.indicator_code, latest.region_code, latest.direction;

update realisation r set indicator_id = i.id
from indicator i where i.agency_code = r.agency_code and i.code = r.indicator_code;

insert into indicator_target (indicator_id, period, period_start, period_end, value, set_at, set_by)
select indicator_id, period, period_start, period_end, target, recorded_at, recorded_by from realisation;

alter table realisation
    alter column indicator_id set not null,
    drop constraint realisation_indicator_code_agency_code_period_key,
    add constraint realisation_indicator_period unique (indicator_id, period);

comment on column realisation.target is
    'The value capaian was computed against: the target, or for a range the bound passed (the realisation itself inside it)';
