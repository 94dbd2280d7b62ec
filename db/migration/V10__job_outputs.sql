-- Exports and restores as jobs (issue 14, decision 0023).

-- A restore's job has no project until the restore made one: it belongs to its owner alone until then, and to the
-- restored project from the transaction that restored it.
alter table job alter column project_id drop not null;

-- Asking a running job to stop is committed at once, so that a long item (an export) sees it and stops; the cancel
-- itself still waits for the batch in flight.
alter table job add column cancel_requested_at timestamptz;

-- What an item is to do beyond its bytes, as JSON (an export's request, a restore's options), and the project an
-- item made (a restore).
alter table job_item add column parameters text;
alter table job_item add column project_id bigint references project (id);

-- How far the item in flight is, for jobs of one long item: written by the worker in short transactions of its own
-- (its batch's transaction is not visible until it ends), read with the item counts.
create table job_step (
    job_id     bigint      not null primary key references job (id) on delete cascade,
    done       int         not null,
    total      int         not null,
    updated_at timestamptz not null
);

-- The file a job made (an export), written in the transaction that finishes its item: any instance serves it.
create table job_output (
    job_id       bigint      not null primary key references job (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    size         bigint      not null,
    bytes        bytea       not null,
    created_at   timestamptz not null
);
