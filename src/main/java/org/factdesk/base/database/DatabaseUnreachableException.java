package org.factdesk.base.database;

public class DatabaseUnreachableException extends RuntimeException {

    public DatabaseUnreachableException(String url, String reason) {
        super("Cannot reach PostgreSQL at " + url + " (" + reason + "). Check that the server runs and that "
                + "spring.datasource.url / FACTDESK_DB_URL, FACTDESK_DB_USER and FACTDESK_DB_PASSWORD are right.");
    }
}
