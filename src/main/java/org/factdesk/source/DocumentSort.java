package org.factdesk.source;

/** The orders the source list offers; each maps to an indexed SQL ordering. */
public enum DocumentSort {
    NEWEST_FIRST("d.published_on desc nulls last, d.id desc"),
    OLDEST_FIRST("d.published_on asc nulls last, d.id"),
    TITLE("lower(d.title), d.id"),
    TITLE_DESCENDING("lower(d.title) desc, d.id desc"),
    OUTLET("lower(d.outlet) nulls last, d.id"),
    OUTLET_DESCENDING("lower(d.outlet) desc nulls last, d.id desc"),
    RECENTLY_IMPORTED("d.created_at desc, d.id desc");

    final String sql;

    DocumentSort(String sql) {
        this.sql = sql;
    }
}
