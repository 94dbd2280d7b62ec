package org.factdesk.base.database;

/** Whether this instance runs its own PostgreSQL or uses one it was pointed at. */
public enum DatabaseMode {
    EMBEDDED, EXTERNAL
}
