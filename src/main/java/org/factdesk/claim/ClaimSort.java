package org.factdesk.claim;

/** Orders the claim list offers; each is served by an index on (project, key, id). */
public enum ClaimSort {
    NEWEST("c.id desc"), SCORE("c.score desc, c.id desc"), SCORE_ASCENDING("c.score, c.id"),
    STATUS("c.status, c.id desc"), STATUS_DESCENDING("c.status desc, c.id");

    final String sql;

    ClaimSort(String sql) {
        this.sql = sql;
    }
}
