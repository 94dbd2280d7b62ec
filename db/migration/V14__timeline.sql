-- Events and the timeline (issue 16, decision 0019): claims joined by same-fact links form events.

-- Editors' decisions on events: merge the events of two claims, or take a claim out of its event. They win over
-- what the links say, and are undone (active = false), never deleted, with an append-only revision each time.
create table event_decision (
    id             bigint generated always as identity primary key,
    project_id     bigint      not null references project (id),
    kind           text        not null check (kind in ('MERGE', 'DETACH')),
    claim_id       bigint      not null references claim (id),
    other_claim_id bigint references claim (id),
    active         boolean     not null default true,
    decided_by     bigint references app_user (id),
    decided_at     timestamptz not null,
    version        integer     not null default 0,
    constraint event_decision_other check ((kind = 'MERGE') = (other_claim_id is not null))
);
create index event_decision_project_idx on event_decision (project_id, id) where active;
create index event_decision_claim_idx on event_decision (claim_id);

create table event_decision_revision (
    id          bigint generated always as identity primary key,
    decision_id bigint      not null references event_decision (id),
    at          timestamptz not null,
    actor_id    bigint references app_user (id),
    action      text        not null,
    active      boolean     not null
);
create index event_decision_revision_idx on event_decision_revision (decision_id, id);
create trigger event_decision_revision_append_only
    before update or delete on event_decision_revision
    for each row execute function audit_event_is_append_only();

-- The events as last built from links, dates and decisions: derived data, rebuilt per project in one transaction,
-- so a reader sees either the old timeline or the new one. An event's id is the lowest claim id in it.
create table timeline_event (
    project_id  bigint  not null references project (id),
    id          bigint  not null,
    day         date    not null,
    day_end     date    not null,
    precision   text    not null check (precision in ('DAY', 'WEEK', 'MONTH', 'YEAR')),
    at_time     time,
    title       text    not null,
    claims      integer not null,
    sources     integer not null,
    conflicts   integer not null,
    primary key (project_id, id)
);
create index timeline_event_day_idx on timeline_event (project_id, day, id);

-- A member carries its claim's source, status and words as of the build (a change to them builds again), so that a
-- year's view of a large project reads members and events, not the claims table.
create table event_member (
    claim_id    bigint not null primary key references claim (id) on delete cascade,
    project_id  bigint not null references project (id),
    event_id    bigint not null,
    document_id bigint not null,
    status      text   not null,
    quote       text   not null,
    day         date,
    day_end     date,
    precision   text check (precision in ('DAY', 'WEEK', 'MONTH', 'YEAR')),
    at_time     time
);
create index event_member_event_idx on event_member (project_id, event_id);

-- Changes not yet built into a project's timeline, appended in the transaction of each change (no row is updated, so
-- concurrent imports and linking never wait for each other here). A build deletes those it can see before it reads
-- claims and links; one committed later stays, and the sweep builds again.
create table timeline_change (
    id         bigint generated always as identity primary key,
    project_id bigint      not null references project (id),
    at         timestamptz not null
);
create index timeline_change_project_idx on timeline_change (project_id);

create table timeline_state (
    project_id bigint primary key references project (id),
    built_at   timestamptz not null,
    undated    integer     not null default 0
);
