-- Work restored from a backup names the archive's people as text ("Rita Novak (rita)"), never an account of this
-- instance that happens to share a login: {"actor_id": "Rita Novak (rita)"} per user column left empty on restore.
alter table document add column restored_people jsonb;
alter table document_version add column restored_people jsonb;
alter table claim add column restored_people jsonb;
alter table claim_revision add column restored_people jsonb;
alter table claim_review add column restored_people jsonb;
alter table evidence add column restored_people jsonb;
alter table comment add column restored_people jsonb;
alter table review_revision add column restored_people jsonb;
alter table claim_publication add column restored_people jsonb;
alter table claim_source_change add column restored_people jsonb;
