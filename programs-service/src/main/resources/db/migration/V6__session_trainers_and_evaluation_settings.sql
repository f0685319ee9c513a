-- What the evaluation questionnaires need of a program's plan (issue 17).

-- How long each single-use evaluation link stays valid after it is issued, and how many months
-- after the program's end its alumni are evaluated (the 360 post-training evaluation). Programs
-- planned before get the defaults.
alter table program
    add column evaluation_link_valid_days integer not null default 14
        check (evaluation_link_valid_days between 1 and 90),
    add column post_training_lag_months   integer not null default 3
        check (post_training_lag_months between 1 and 24);

-- The trainers (pengajar) of each session, in the order the plan names them, as one array of
-- {"name", "nip", "institution"}. A trainer's NIP identifies the trainer across programs; it is no
-- reference into the register (a widyaiswara may come from another region or a national institute).
-- Sessions planned before name none.
alter table program_session
    add column trainers jsonb not null default '[]' check (jsonb_typeof(trainers) = 'array');
