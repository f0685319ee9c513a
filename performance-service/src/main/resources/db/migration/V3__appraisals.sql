-- Employee appraisals (PermenPANRB 6/2022): two ratings per employee and period and the predicate
-- they give, with a snapshot of the employee at the time, so that a later transfer or promotion
-- does not rewrite history.
create table appraisal (
    id                    uuid primary key,
    nip                   text        not null,
    employee_name         text        not null,
    -- The period: a month (2026-03), a quarter (2026-Q1) or a year (2026).
    period                text        not null,
    period_kind           text        not null check (period_kind in ('MONTHLY', 'QUARTERLY', 'ANNUAL')),
    period_start          date        not null,
    period_end            date        not null,
    hasil_kerja           text        not null,
    perilaku_kerja        text        not null,
    predicate             text        not null,
    appraiser_nip         text        not null check (appraiser_nip <> nip),
    appraised_on          date        not null,
    agency_code           text        not null,
    region_code           text        not null,
    position_type         text,
    rank                  text,
    recorded_at           timestamptz not null,
    recorded_by           text        not null,
    unique (nip, period)
);

create index appraisal_agency on appraisal (agency_code, period_start);

-- Every correction of an appraisal: what it was, who changed it, when and why.
create table appraisal_correction (
    id                     uuid primary key,
    appraisal_id           uuid        not null references appraisal,
    corrected_at           timestamptz not null,
    corrected_by           text        not null,
    reason                 text        not null,
    previous_hasil_kerja   text        not null,
    previous_perilaku_kerja text       not null,
    previous_predicate     text        not null,
    previous_appraiser_nip text        not null,
    previous_appraised_on  date        not null
);

create index appraisal_correction_of on appraisal_correction (appraisal_id, corrected_at);
