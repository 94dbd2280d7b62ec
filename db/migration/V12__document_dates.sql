-- The dates a source states for itself (its file's metadata date and the date lines at its top, each once), so
-- that a page with two contradictory dates can say so and let an editor pick; and where the document's own date
-- came from. Documents imported before stay empty and without an origin: nothing is guessed for them.
alter table document
    add column stated_dates date[] not null default '{}',
    add column date_origin  text
        check (date_origin in ('METADATA', 'DATE_LINE', 'EDITOR'));
