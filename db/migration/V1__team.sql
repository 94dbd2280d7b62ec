-- Users, projects, memberships, API tokens and the audit log.
-- Rows that editors change carry "version" for optimistic locking.

create table app_user (
    id                   bigint generated always as identity primary key,
    login                text        not null,
    display_name         text        not null,
    email                text,
    password_hash        text        not null,
    enabled              boolean     not null default true,
    instance_admin       boolean     not null default false,
    must_change_password boolean     not null default false,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              integer     not null default 0,
    constraint app_user_login_not_blank check (btrim(login) <> '')
);
create unique index app_user_login_key on app_user (lower(login));

create table project (
    id          bigint generated always as identity primary key,
    name        text        not null,
    description text        not null default '',
    archived    boolean     not null default false,
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     integer     not null default 0,
    constraint project_name_not_blank check (btrim(name) <> '')
);

create table membership (
    project_id bigint      not null references project (id),
    user_id    bigint      not null references app_user (id),
    role       text        not null check (role in ('OWNER', 'EDITOR', 'REVIEWER', 'VIEWER')),
    created_at timestamptz not null,
    updated_at timestamptz not null,
    version    integer     not null default 0,
    primary key (project_id, user_id)
);
create index membership_user_idx on membership (user_id);

create table api_token (
    id           bigint generated always as identity primary key,
    user_id      bigint      not null references app_user (id),
    name         text        not null,
    token_hash   text        not null unique,
    token_hint   text        not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    version      integer     not null default 0
);
create index api_token_user_idx on api_token (user_id);

create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    actor_id    bigint references app_user (id),
    project_id  bigint references project (id),
    entity_type text        not null,
    entity_id   text        not null,
    action      text        not null,
    before      jsonb,
    after       jsonb
);
create index audit_event_project_idx on audit_event (project_id, occurred_at);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);

create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
