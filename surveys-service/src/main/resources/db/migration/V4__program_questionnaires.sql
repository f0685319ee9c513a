-- The questionnaires of programs (issue 17), built in beside the SKM and versioned like it: the
-- participants' reaction to the delivery (D1-D8) and to each trainer (T1-T14, T14 only for team
-- teaching and so optional), and the post-training 360 (B1-B5 behaviour, I1-I6 impact), all on 1-5
-- (1 Tidak Baik .. 5 Sangat Baik).
alter table instrument_item add column optional boolean not null default false;

insert into instrument (code, name, kind) values
    ('PENYELENGGARAAN', 'Evaluasi Penyelenggaraan Pelatihan', 'PROGRAM_DELIVERY'),
    ('PENGAJAR', 'Evaluasi Tenaga Pengajar', 'TRAINER'),
    ('PASCA-PELATIHAN', 'Evaluasi Pasca Pelatihan', 'POST_TRAINING');
insert into instrument_version (id, instrument_code, version, scale_min, scale_max, published_at) values
    ('5e0d0000-0000-4000-8000-000000000002', 'PENYELENGGARAAN', 1, 1, 5, '2026-12-01T00:00:00Z'),
    ('5e0d0000-0000-4000-8000-000000000003', 'PENGAJAR', 1, 1, 5, '2026-12-01T00:00:00Z'),
    ('5e0d0000-0000-4000-8000-000000000004', 'PASCA-PELATIHAN', 1, 1, 5, '2026-12-01T00:00:00Z');
insert into instrument_item (version_id, position, code, name, question, wordings, indexed, optional) values
    ('5e0d0000-0000-4000-8000-000000000002', 1, 'D1', 'Kesesuaian materi dengan kebutuhan peserta',
     'Bagaimana penilaian Saudara tentang kesesuaian materi dengan kebutuhan peserta?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000002', 2, 'D2', 'Bahan ajar mudah dipahami',
     'Bagaimana penilaian Saudara tentang bahan ajar mudah dipahami?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000002', 3, 'D3', 'Kesesuaian metode dengan materi',
     'Bagaimana penilaian Saudara tentang kesesuaian metode dengan materi?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000002', 4, 'D4', 'Manfaat materi bagi pekerjaan',
     'Bagaimana penilaian Saudara tentang manfaat materi bagi pekerjaan?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000002', 5, 'D5', 'Kesesuaian waktu dan jadwal',
     'Bagaimana penilaian Saudara tentang kesesuaian waktu dan jadwal?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000002', 6, 'D6', 'Kesigapan penyelenggara melayani peserta',
     'Bagaimana penilaian Saudara tentang kesigapan penyelenggara melayani peserta?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000002', 7, 'D7', 'Ruang belajar dan sarana berfungsi baik',
     'Bagaimana penilaian Saudara tentang ruang belajar dan sarana berfungsi baik?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000002', 8, 'D8', 'Ketercukupan konsumsi',
     'Bagaimana penilaian Saudara tentang ketercukupan konsumsi?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false);

insert into instrument_item (version_id, position, code, name, question, wordings, indexed, optional) values
    ('5e0d0000-0000-4000-8000-000000000003', 1, 'T1', 'Penguasaan materi',
     'Bagaimana penilaian Saudara tentang penguasaan materi pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 2, 'T2', 'Sistematika penyajian materi',
     'Bagaimana penilaian Saudara tentang sistematika penyajian materi pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 3, 'T3', 'Ketepatan waktu dan kehadiran',
     'Bagaimana penilaian Saudara tentang ketepatan waktu dan kehadiran pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 4, 'T4', 'Penggunaan media/sarana pembelajaran',
     'Bagaimana penilaian Saudara tentang penggunaan media/sarana pembelajaran pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 5, 'T5', 'Penggunaan metode pembelajaran',
     'Bagaimana penilaian Saudara tentang penggunaan metode pembelajaran pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 6, 'T6', 'Sikap dan perilaku saat mengajar',
     'Bagaimana penilaian Saudara tentang sikap dan perilaku saat mengajar pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 7, 'T7', 'Penggunaan bahasa saat mengajar',
     'Bagaimana penilaian Saudara tentang penggunaan bahasa saat mengajar pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 8, 'T8', 'Sikap dan perilaku saat menjawab/merespon',
     'Bagaimana penilaian Saudara tentang sikap dan perilaku saat menjawab/merespon pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 9, 'T9', 'Penggunaan bahasa saat menjawab/merespon',
     'Bagaimana penilaian Saudara tentang penggunaan bahasa saat menjawab/merespon pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 10, 'T10', 'Sikap dan perilaku saat memberi motivasi',
     'Bagaimana penilaian Saudara tentang sikap dan perilaku saat memberi motivasi pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 11, 'T11', 'Penggunaan bahasa saat memberi motivasi',
     'Bagaimana penilaian Saudara tentang penggunaan bahasa saat memberi motivasi pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 12, 'T12', 'Kecakapan menciptakan kondusivitas kelas',
     'Bagaimana penilaian Saudara tentang kecakapan menciptakan kondusivitas kelas pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 13, 'T13', 'Kecakapan menjaga situasi kelas yang dinamis',
     'Bagaimana penilaian Saudara tentang kecakapan menjaga situasi kelas yang dinamis pengajar ini?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000003', 14, 'T14', 'Kerjasama antar pengajar',
     'Bagaimana penilaian Saudara tentang kerja sama pengajar ini dengan pengajar lain (hanya bila mengajar bersama)?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, true);

insert into instrument_item (version_id, position, code, name, question, wordings, indexed, optional) values
    ('5e0d0000-0000-4000-8000-000000000004', 1, 'B1', 'Materi pelatihan bermanfaat menunjang pekerjaan',
     'Materi pelatihan bermanfaat menunjang pekerjaan.',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000004', 2, 'B2', 'Sumber daya untuk menerapkan hasil pelatihan tersedia memadai',
     'Sumber daya untuk menerapkan hasil pelatihan tersedia memadai.',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000004', 3, 'B3', 'Komitmen menerapkan materi pelatihan',
     'Komitmen menerapkan materi pelatihan.',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000004', 4, 'B4', 'Keberhasilan pekerjaan meningkat',
     'Keberhasilan pekerjaan meningkat.',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000004', 5, 'B5', 'Kualitas dan kecepatan penyelesaian pekerjaan meningkat',
     'Kualitas dan kecepatan penyelesaian pekerjaan meningkat.',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000004', 6, 'I1', 'Dampak terhadap unit kerja',
     'Bagaimana penilaian Saudara tentang dampak pelatihan terhadap unit kerja?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000004', 7, 'I2', 'Pengetahuan teoritis/konsep',
     'Bagaimana penilaian Saudara tentang dampak pelatihan pada pengetahuan teoritis/konsep?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000004', 8, 'I3', 'Produktivitas',
     'Bagaimana penilaian Saudara tentang dampak pelatihan pada produktivitas?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000004', 9, 'I4', 'Kualitas hasil kerja',
     'Bagaimana penilaian Saudara tentang dampak pelatihan pada kualitas hasil kerja?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000004', 10, 'I5', 'Kepuasan pelanggan/masyarakat',
     'Bagaimana penilaian Saudara tentang dampak pelatihan pada kepuasan pelanggan/masyarakat?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false),
    ('5e0d0000-0000-4000-8000-000000000004', 11, 'I6', 'Hubungan antar rekan kerja',
     'Bagaimana penilaian Saudara tentang dampak pelatihan pada hubungan antar rekan kerja?',
     array['Tidak Baik', 'Kurang Baik', 'Cukup Baik', 'Baik', 'Sangat Baik'], true, false);


-- The programs of programs-service, as far as their evaluation needs them, kept from its events:
-- the plan's dates and evaluation settings, who taught which session, and who took part in which.
create table program (
    id                         uuid primary key,
    code                       text        not null,
    title                      text        not null,
    region_code                text        not null,
    organising_agency_code     text,
    start_date                 date        not null,
    end_date                   date        not null,
    status                     text        not null,
    evaluation_link_valid_days integer     not null,
    post_training_lag_months   integer     not null,
    -- The office's day the program completed; null before.
    completed_on               date,
    -- When its post-training 360 links were issued; null until they are due and issued.
    post_training_issued_at    timestamptz
);

create index program_post_training_due on program (completed_on) where post_training_issued_at is null;

-- A trainer (pengajar) as the programs name them: by NIP when a civil servant, else by name and
-- institution. The id is derived from that identity, so the same trainer keeps one id in every program.
create table trainer (
    id          uuid primary key,
    name        text not null,
    nip         text,
    institution text
);

create table program_trainer (
    program_id     uuid    not null references program,
    session_number integer not null,
    position       integer not null,
    trainer_id     uuid    not null references trainer,
    primary key (program_id, session_number, position)
);

create index program_trainer_trainer on program_trainer (trainer_id);

create table program_participant (
    program_id        uuid      not null references program,
    nip               text      not null,
    name              text      not null,
    agency_code       text      not null,
    status            text      not null,
    -- The sessions the participant was marked present at.
    attended_sessions integer[] not null default '{}',
    primary key (program_id, nip)
);

-- Who answers which questionnaire about whom: one single-use link each. Whether it was used is kept
-- here; what was answered is kept apart, in evaluation_answer, which names no person and no link.
create table evaluation_link (
    token           text primary key,
    program_id      uuid        not null references program,
    questionnaire   text        not null check (questionnaire in ('REACTION', 'POST_TRAINING')),
    role            text        not null check (role in ('PARTICIPANT', 'SELF', 'SUPERVISOR', 'PEER')),
    -- The participant the questionnaire is about (for REACTION and SELF, the one who answers).
    participant_nip text        not null,
    -- Who answers; null for an open peer link, handed to a colleague the office chooses.
    rater_nip       text,
    rater_name      text,
    issued_at       timestamptz not null,
    issued_by       text        not null,
    expires_at      timestamptz not null,
    used            boolean     not null default false,
    -- The Idempotency-Key the answer came with, so that its retry is told the same, not 409.
    used_with_key   text,
    -- A link replaced by a new one (lost, or a rater changed) before it was used.
    revoked         boolean     not null default false,
    foreign key (program_id, participant_nip) references program_participant (program_id, nip)
);

create index evaluation_link_program on evaluation_link (program_id, questionnaire, role);
create unique index evaluation_link_one_live_per_rater on evaluation_link (program_id, questionnaire, role,
    participant_nip, rater_nip) where not revoked and rater_nip is not null;

-- The raters an office names for a participant's post-training 360, beyond the register's supervisor.
create table post_training_raters (
    program_id      uuid    not null,
    participant_nip text    not null,
    supervisor_nip  text,
    peer_nips       text[]  not null default '{}',
    open_peer_links integer not null default 0 check (open_peer_links between 0 and 20),
    updated_at      timestamptz not null,
    updated_by      text        not null,
    primary key (program_id, participant_nip),
    foreign key (program_id, participant_nip) references program_participant (program_id, nip)
);

-- One answered section of a questionnaire: the delivery, one trainer, or the 360. It carries the
-- program, the version, the role and the trainer, never the person, the link or the time.
create table evaluation_answer (
    id                    uuid primary key,
    program_id            uuid       not null references program,
    questionnaire         text       not null,
    role                  text       not null,
    instrument_version_id uuid       not null references instrument_version,
    trainer_id            uuid references trainer,
    -- By item position; null for an optional item left unanswered.
    answers               smallint[] not null
);

create index evaluation_answer_program on evaluation_answer (program_id, questionnaire, role);
create index evaluation_answer_trainer on evaluation_answer (trainer_id) where trainer_id is not null;

-- The free-text suggestions, apart from the ratings too.
create table evaluation_suggestion (
    id            uuid primary key,
    program_id    uuid not null references program,
    questionnaire text not null,
    role          text not null,
    suggestion    text not null
);

create index evaluation_suggestion_program on evaluation_suggestion (program_id, questionnaire);

-- The register's consumer read programs-service's topic before this version and recorded every event
-- it saw, the program events it had no use for too. The program copy reads the topic again from its
-- beginning: those events must count as not yet applied.
delete from processed_event where type in ('ProgramScheduled', 'ProgramUpdated', 'ProgramStatusChanged',
    'ParticipantEnrolled', 'AttendanceRecorded', 'ParticipantWithdrawn', 'ParticipantCompleted');
