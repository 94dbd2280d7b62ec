-- Review: each project's rating scale and settings, and each claim's verdict and annotation.

create table rating_level (
    id         bigint generated always as identity primary key,
    project_id bigint      not null references project (id),
    position   integer     not null,
    label      text        not null check (btrim(label) <> ''),
    color      text        not null check (color ~ '^#[0-9a-fA-F]{6}$'),
    value      integer     not null,
    retired    boolean     not null default false,
    created_at timestamptz not null,
    version    integer     not null default 0
);
create index rating_level_project_idx on rating_level (project_id, position) where not retired;

create table review_settings (
    project_id      bigint primary key references project (id),
    four_eyes       boolean     not null default true,
    publisher_name  text,
    publisher_url   text,
    public_url_base text,
    updated_at      timestamptz not null,
    version         integer     not null default 0
);

-- One row per reviewed claim. verdict_by is whoever set the current verdict: the four-eyes rule
-- keeps that person from publishing it.
create table claim_review (
    claim_id    bigint primary key references claim (id),
    project_id  bigint      not null references project (id),
    verdict_id  bigint references rating_level (id),
    verdict_by  bigint references app_user (id),
    rationale   text        not null default '',
    claimant    text,
    claim_date  date,
    tags        text[]      not null default '{}',
    assignee_id bigint references app_user (id),
    due_date    date,
    updated_by  bigint references app_user (id),
    updated_at  timestamptz not null,
    version     integer     not null default 0
);
create index claim_review_assignee_idx on claim_review (assignee_id) where assignee_id is not null;
create index claim_review_project_verdict_idx on claim_review (project_id, verdict_id);

-- Append-only field-level history of reviews, evidence and comments.
create table review_revision (
    id          bigint generated always as identity primary key,
    claim_id    bigint      not null references claim (id),
    entity_type text        not null,
    entity_id   bigint      not null,
    at          timestamptz not null,
    actor_id    bigint references app_user (id),
    action      text        not null,
    changes     jsonb       not null default '{}',
    snapshot    jsonb
);
create index review_revision_claim_idx on review_revision (claim_id, id);

create trigger review_revision_append_only
    before update or delete on review_revision
    for each row execute function audit_event_is_append_only();

-- Evidence for or against a claim: a web page, a document of the project, or another claim.
create table evidence (
    id             bigint generated always as identity primary key,
    claim_id       bigint      not null references claim (id),
    kind           text        not null check (kind in ('URL', 'DOCUMENT', 'CLAIM')),
    url            text,
    title          text,
    accessed_on    date,
    archived_url   text,
    document_id    bigint references document (id),
    other_claim_id bigint references claim (id),
    relation       text        not null check (relation in ('SUPPORTS', 'REFUTES', 'CONTEXT')),
    note           text        not null default '',
    deleted        boolean     not null default false,
    created_by     bigint references app_user (id),
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    version        integer     not null default 0,
    constraint evidence_target check (
        kind = 'URL' and url is not null or kind = 'DOCUMENT' and document_id is not null
            or kind = 'CLAIM' and other_claim_id is not null)
);
create index evidence_claim_idx on evidence (claim_id) where not deleted;

-- Threaded comments; a thread is resolved on its first comment.
create table comment (
    id         bigint generated always as identity primary key,
    claim_id   bigint      not null references claim (id),
    parent_id  bigint references comment (id),
    author_id  bigint      not null references app_user (id),
    body       text        not null check (btrim(body) <> ''),
    resolved   boolean     not null default false,
    deleted    boolean     not null default false,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    integer     not null default 0
);
create index comment_claim_idx on comment (claim_id, id);

create table notification (
    id         bigint generated always as identity primary key,
    user_id    bigint      not null references app_user (id),
    project_id bigint      not null references project (id),
    claim_id   bigint references claim (id),
    kind       text        not null check (kind in ('MENTION', 'ASSIGNED', 'REVIEW_REQUEST')),
    message    text        not null,
    actor_id   bigint references app_user (id),
    created_at timestamptz not null,
    read_at    timestamptz
);
create index notification_user_idx on notification (user_id, id desc);
create index notification_user_unread_idx on notification (user_id) where read_at is null;
