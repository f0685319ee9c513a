-- The register of who is who: agencies (instansi/OPD) in a region, their public-service units
-- (unit layanan), and their employees (ASN). Nothing that others may refer to is deleted:
-- it is deactivated.
create table agency (
    code        text primary key,
    name        text        not null,
    region_code text        not null references region (code),
    active      boolean     not null default true,
    created_at  timestamptz not null
);

create index agency_region on agency (region_code);

create table service_unit (
    code                 text primary key,
    name                 text        not null,
    agency_code          text        not null references agency (code),
    region_code          text        not null references region (code),
    yearly_service_users integer check (yearly_service_users > 0),
    active               boolean     not null default true,
    created_at           timestamptz not null
);

create index service_unit_agency on service_unit (agency_code);
create index service_unit_region on service_unit (region_code);

create table employee (
    nip         text primary key check (nip ~ '^\d{18}$'),
    name        text        not null,
    gender      text        not null,
    agency_code text        not null references agency (code),
    region_code text        not null references region (code),
    position    text,
    status      text        not null,
    active      boolean     not null default true,
    created_at  timestamptz not null
);

create index employee_agency on employee (agency_code);
create index employee_region on employee (region_code);
