package org.factdesk.base.database;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;
import org.springframework.stereotype.Component;

/**
 * Rows written with PostgreSQL's {@code COPY … FROM STDIN} (text format), on the connection of the caller's
 * transaction, so they commit or roll back with the rest of it. For the largest writes only: a bulk import's claims.
 * There, handing the rows over as one JSON document cost PostgreSQL 10 µs a claim just to parse the document.
 * {@code COPY} writes identity columns with the values given, so callers take their ids from the sequence first.
 */
@Component
public class CopyIn {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx")
            .withZone(ZoneOffset.UTC);

    private final DataSource dataSource;
    private final SQLStateSQLExceptionTranslator errors = new SQLStateSQLExceptionTranslator();

    CopyIn(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code copy} (a {@code COPY table (columns) FROM STDIN}) with the rows {@code writer} adds; the row count. */
    public long copy(String copy, Consumer<Rows> writer) {
        var rows = new Rows();
        writer.accept(rows);
        if (rows.count == 0) {
            return 0;
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(rows.text.toString()));
        } catch (SQLException e) {
            var translated = errors.translate("COPY", copy, e);
            throw translated != null ? translated : new UncategorizedSQLException("COPY", copy, e);
        } catch (IOException e) {
            throw new DataAccessResourceFailureException("COPY could not be sent: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The rows of one COPY, one {@link #row} call each, values in the statement's column order. */
    public static final class Rows {

        private final StringBuilder text = new StringBuilder(64 * 1024);
        private int count;
        private Instant lastInstant;
        private String lastTimestamp;

        /** Nulls, numbers, booleans, instants and strings (JSON columns as their JSON text). */
        public Rows row(Object... values) {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                value(values[i]);
            }
            text.append('\n');
            count++;
            return this;
        }

        private void value(Object value) {
            switch (value) {
                case null -> text.append("\\N");
                case Number n -> text.append(n);
                case Boolean b -> text.append(b ? 't' : 'f');
                case Instant at -> text.append(timestamp(at));
                case String s -> escape(s);
                default -> throw new IllegalArgumentException("COPY has no text form for " + value.getClass());
            }
        }

        /** Rows of one statement mostly share their instant (the transaction's "now"): formatted once. */
        private String timestamp(Instant at) {
            if (!at.equals(lastInstant)) {
                lastInstant = at;
                lastTimestamp = TIMESTAMP.format(at);
            }
            return lastTimestamp;
        }

        /** COPY's text format: a backslash, tab, newline or carriage return in a value is written as an escape. */
        private void escape(String s) {
            // most values hold none of them: four vectorised scans and one copy, not a loop over every character
            if (s.indexOf('\\') < 0 && s.indexOf('\n') < 0 && s.indexOf('\t') < 0 && s.indexOf('\r') < 0) {
                text.append(s);
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(c);
                }
            }
        }
    }
}
