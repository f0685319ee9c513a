-- Instruments: the questionnaires that answers are given to. Each change of an instrument is a
-- new version; a published version is frozen, and every response keeps the version it answered.
create table instrument (
    code        text primary key,
    name        text        not null,
    -- What the instrument measures: SKM (citizen satisfaction); the program questionnaires follow.
    kind        text        not null,
    -- The agency whose own instrument this is; null for one built into the regulation.
    agency_code text,
    region_code text,
    created_at  timestamptz not null default now(),
    check ((agency_code is null) = (region_code is null))
);

create table instrument_version (
    id              uuid primary key,
    instrument_code text        not null references instrument,
    version         integer     not null check (version >= 1),
    scale_min       smallint    not null,
    scale_max       smallint    not null check (scale_max > scale_min),
    -- Null while a draft; a published version never changes.
    published_at    timestamptz,
    created_at      timestamptz not null default now(),
    unique (instrument_code, version)
);

-- The items of a version, in the order the answers are stored in.
create table instrument_item (
    version_id uuid     not null references instrument_version,
    position   smallint not null check (position >= 1),
    code       text     not null,
    name       text     not null,
    question   text     not null,
    -- One wording per point of the scale, the lowest first.
    wordings   text[]   not null,
    -- Whether the item counts in the index (the nine SKM elements do; an office's extra question does not).
    indexed    boolean  not null,
    -- The item's weight in the index when the version sets its own; null on every item for equal weights.
    weight     numeric check (weight > 0 and weight <= 1),
    primary key (version_id, position),
    unique (version_id, code),
    check (indexed or weight is null)
);

-- The SKM of PermenPANRB 14/2017, built in: U1-U9, scale 1-4 (4 best; U4 worded inversely, 4 = free).
insert into instrument (code, name, kind) values
    ('SKM', 'Survei Kepuasan Masyarakat (PermenPANRB 14/2017)', 'SKM');
insert into instrument_version (id, instrument_code, version, scale_min, scale_max, published_at) values
    ('5e0d0000-0000-4000-8000-000000000001', 'SKM', 1, 1, 4, '2017-01-01T00:00:00Z');
insert into instrument_item (version_id, position, code, name, question, wordings, indexed) values
    ('5e0d0000-0000-4000-8000-000000000001', 1, 'U1', 'Persyaratan',
     'Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?',
     array['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'], true),
    ('5e0d0000-0000-4000-8000-000000000001', 2, 'U2', 'Sistem, mekanisme, dan prosedur',
     'Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?',
     array['Tidak mudah', 'Kurang mudah', 'Mudah', 'Sangat mudah'], true),
    ('5e0d0000-0000-4000-8000-000000000001', 3, 'U3', 'Waktu penyelesaian',
     'Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?',
     array['Tidak cepat', 'Kurang cepat', 'Cepat', 'Sangat cepat'], true),
    ('5e0d0000-0000-4000-8000-000000000001', 4, 'U4', 'Biaya/tarif',
     'Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?',
     array['Sangat mahal', 'Cukup mahal', 'Murah', 'Gratis'], true),
    ('5e0d0000-0000-4000-8000-000000000001', 5, 'U5', 'Produk spesifikasi jenis pelayanan',
     'Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?',
     array['Tidak sesuai', 'Kurang sesuai', 'Sesuai', 'Sangat sesuai'], true),
    ('5e0d0000-0000-4000-8000-000000000001', 6, 'U6', 'Kompetensi pelaksana',
     'Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?',
     array['Tidak kompeten', 'Kurang kompeten', 'Kompeten', 'Sangat kompeten'], true),
    ('5e0d0000-0000-4000-8000-000000000001', 7, 'U7', 'Perilaku pelaksana',
     'Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?',
     array['Tidak sopan dan ramah', 'Kurang sopan dan ramah', 'Sopan dan ramah', 'Sangat sopan dan ramah'], true),
    ('5e0d0000-0000-4000-8000-000000000001', 8, 'U8', 'Penanganan pengaduan, saran dan masukan',
     'Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?',
     array['Tidak ada', 'Ada tetapi tidak berfungsi', 'Berfungsi kurang maksimal', 'Dikelola dengan baik'], true),
    ('5e0d0000-0000-4000-8000-000000000001', 9, 'U9', 'Sarana dan prasarana',
     'Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?',
     array['Buruk', 'Cukup', 'Baik', 'Sangat baik'], true);

-- A campaign applies one instrument version to one service unit for a period.
create table campaign (
    id                    uuid primary key,
    instrument_version_id uuid        not null references instrument_version,
    service_unit_code     text        not null,
    agency_code           text        not null,
    region_code           text        not null,
    title                 text        not null,
    start_date            date        not null,
    end_date              date        not null check (end_date >= start_date),
    -- The unit's yearly number of service users (N), for the minimum sample and the interval.
    yearly_service_users  integer check (yearly_service_users > 0),
    status                text        not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    -- Given when the campaign opens; citizens answer through it.
    public_code           text unique,
    created_at            timestamptz not null,
    created_by            text        not null,
    opened_at             timestamptz,
    closed_at             timestamptz
);

create index campaign_unit on campaign (service_unit_code, start_date);
create index campaign_region on campaign (region_code, start_date);
create index campaign_agency on campaign (agency_code, start_date);

-- One anonymous answer sheet: no name, phone or address is ever stored.
create table survey_response (
    id                    uuid primary key,
    campaign_id           uuid        not null references campaign,
    instrument_version_id uuid        not null references instrument_version,
    service_unit_code     text        not null,
    agency_code           text        not null,
    region_code           text        not null,
    survey_date           date        not null,
    -- The answers in the order of the version's items.
    answers               smallint[]  not null,
    -- The respondent's index points: the sum over the indexed items of the weight's numerator
    -- times the answer (weights over one common denominator), so that the IKM and its interval
    -- come from integer sums.
    index_points          bigint      not null,
    gender                text,
    age                   integer,
    education             text,
    occupation            text,
    service_received      text,
    suggestion            text,
    -- How the response came in: PUBLIC (a citizen through the link), PAPER (an operator typed a
    -- form in, one or from a file), MIGRATED (stored before campaigns existed).
    channel               text        not null check (channel in ('PUBLIC', 'PAPER', 'MIGRATED')),
    submitted_at          timestamptz not null,
    -- The operator who entered a paper form; null for a citizen's own answer.
    submitted_by          text
);

create index survey_response_campaign on survey_response (campaign_id, survey_date);
create index survey_response_unit on survey_response (service_unit_code, survey_date);

-- The responses stored before campaigns existed move into one closed campaign per unit and
-- quarter, with the built-in SKM (equal weights: the index points are the sum of the answers).
insert into campaign (id, instrument_version_id, service_unit_code, agency_code, region_code, title,
                      start_date, end_date, status, created_at, created_by, closed_at)
select md5(quarter.service_unit_code || quarter.start_date)::uuid, '5e0d0000-0000-4000-8000-000000000001',
       quarter.service_unit_code, unit.agency_code, quarter.region_code,
       'SKM ' || quarter.service_unit_code || ' ' || extract(year from quarter.start_date)
           || ' triwulan ' || extract(quarter from quarter.start_date),
       quarter.start_date, (quarter.start_date + interval '3 months' - interval '1 day')::date,
       'CLOSED', now(), 'migration', now()
from (select service_unit_code, min(region_code) as region_code, date_trunc('quarter', survey_date)::date as start_date
      from skm_response
      group by service_unit_code, date_trunc('quarter', survey_date)) quarter
left join service_unit unit on unit.code = quarter.service_unit_code;

insert into survey_response (id, campaign_id, instrument_version_id, service_unit_code, agency_code, region_code,
                             survey_date, answers, index_points, gender, age, education, occupation,
                             service_received, channel, submitted_at, submitted_by)
select response.id, campaign.id, campaign.instrument_version_id, response.service_unit_code, campaign.agency_code,
       response.region_code, response.survey_date, response.answers,
       (select sum(answer) from unnest(response.answers) answer), response.gender, response.age,
       response.education, response.occupation, response.service_received, 'MIGRATED', response.submitted_at,
       response.submitted_by
from skm_response response
join campaign on campaign.id = md5(response.service_unit_code || date_trunc('quarter', response.survey_date)::date)::uuid;

drop table skm_response;
