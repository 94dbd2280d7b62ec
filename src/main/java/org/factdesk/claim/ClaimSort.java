package org.factdesk.claim;

/** Orders the claim list offers; each is served by an index on (project, key, id). */
public enum ClaimSort {
    NEWEST("c.id desc"), SCORE("c.score desc, c.id desc"), STATUS("c.status, c.id desc");

    final String sql;

    ClaimSort(String sql) {
        this.sql = sql;
    }
}
