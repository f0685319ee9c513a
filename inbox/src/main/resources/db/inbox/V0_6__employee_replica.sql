-- This service's copy of the employees of programs-service's register, as their events carry them:
-- who they are, where, and what appraisal and evaluation need of them (jenis jabatan, golongan,
-- atasan langsung). No reference is enforced: an employee's event may come before its supervisor's
-- or its agency's (each is keyed by its own NIP or code, on its own partition).
create table employee (
    nip            text primary key,
    name           text    not null,
    gender         text,
    agency_code    text    not null,
    region_code    text    not null,
    position       text,
    status         text,
    position_type  text,
    rank           text,
    supervisor_nip text,
    active         boolean not null
);

-- The employees of an agency (an evaluation's comparison group), and whom an employee supervises.
create index employee_agency on employee (agency_code);
create index employee_supervisor on employee (supervisor_nip);
