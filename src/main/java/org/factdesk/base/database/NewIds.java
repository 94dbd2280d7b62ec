package org.factdesk.base.database;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ids taken from a table's identity sequence ahead of its rows, for statements that write many rows at once and
 * need their ids before (the rows that point at them go in the same transaction) or cannot return them
 * ({@code COPY}).
 */
@Component
public class NewIds {

    // the sequence is looked up once: pg_get_serial_sequence in each row cost 3 µs an id, 1.4 s for 300,000 claims
    private static final String NEXT = """
            with s as materialized (select cast(pg_get_serial_sequence(:table, 'id') as regclass) as seq)
            select nextval(s.seq) from s cross join generate_series(1, :n)
            """;

    private final JdbcClient jdbc;

    NewIds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code n} new ids of {@code table}, in increasing order. */
    public List<Long> take(String table, int n) {
        return jdbc.sql(NEXT).param("table", table).param("n", n).query(Long.class).list();
    }
}
