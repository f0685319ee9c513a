-- What appraisal and evaluation need of an employee: jenis jabatan (position type), golongan
-- (rank, of the status's scale: I/a..IV/e for a PNS, I..XVII for a PPPK) and the atasan langsung
-- (direct supervisor, another employee). All optional: the register's older entries have none.
alter table employee
    add column position_type  text,
    add column rank           text,
    -- Checked at the end of the transaction: an import may name a supervisor that a later row registers.
    add column supervisor_nip text references employee (nip) deferrable initially deferred,
    add constraint employee_not_own_supervisor check (supervisor_nip <> nip);

-- Whom an employee supervises: the raters of a post-training evaluation, an appraisal's subordinates.
create index employee_supervisor on employee (supervisor_nip);
