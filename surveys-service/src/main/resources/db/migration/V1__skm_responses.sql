-- Anonymous citizen responses to the SKM survey: no name is ever stored.
create table skm_response (
    id                uuid primary key,
    service_unit_code text        not null,
    region_code       text        not null,
    survey_date       date        not null,
    -- The answers to elements U1..U9 in that order, each 1-4.
    answers           smallint[]  not null check (array_length(answers, 1) = 9 and 1 <= all (answers) and 4 >= all (answers)),
    gender            text,
    age               integer,
    education         text,
    occupation        text,
    service_received  text,
    submitted_at      timestamptz not null,
    submitted_by      text        not null
);

create index skm_response_unit on skm_response (service_unit_code, survey_date);
create index skm_response_region on skm_response (region_code);
