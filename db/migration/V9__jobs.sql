-- Background work (issue 14, decision 0017).

-- db-scheduler's own table, as its documentation gives it for PostgreSQL: the engine leases executions here
-- (picked, picked_by, last_heartbeat), so a dead instance's work is taken over by another.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- Spring Modulith's event publication registry (its v2 schema for PostgreSQL): an event published in a
-- committed transaction stays here until every @ApplicationModuleListener has handled it, also across a crash.
create table event_publication (
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- What a user sees of a job. Progress is counted from job_item, so workers never write this row while they run
-- and cancelling (which does) waits for the batches in flight.
create table job (
    id           bigint generated always as identity primary key,
    project_id   bigint      not null references project (id),
    owner_id     bigint      not null references app_user (id),
    kind         text        not null,
    state        text        not null check (state in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    title        text        not null,
    workers      int         not null,
    message      text,
    created_at   timestamptz not null,
    started_at   timestamptz,
    finished_at  timestamptz,
    version      int         not null default 0
);
create index job_project_idx on job (project_id, id desc);
create index job_unfinished_idx on job (id) where state in ('QUEUED', 'RUNNING');

-- One file, archive entry or address of a job. Its input is kept until it is done, so a restart can do it; its
-- result is written in the same transaction as its work, so it is done exactly once.
create table job_item (
    job_id       bigint      not null references job (id) on delete cascade,
    seq          int         not null,
    name         text        not null,
    content_type text,
    url          text,
    bytes        bytea,
    state        text        not null check (state in ('PENDING', 'DONE', 'DUPLICATE', 'REJECTED', 'FAILED', 'CANCELLED')),
    document_id  bigint,
    message      text,
    finished_at  timestamptz,
    primary key (job_id, seq)
);
create index job_item_pending_idx on job_item (job_id, seq) where state = 'PENDING';
create index job_item_state_idx on job_item (job_id, state);

alter table notification drop constraint notification_kind_check;
alter table notification add constraint notification_kind_check
    check (kind in ('MENTION', 'ASSIGNED', 'REVIEW_REQUEST', 'SOURCE_CHANGED', 'JOB_FINISHED'));
