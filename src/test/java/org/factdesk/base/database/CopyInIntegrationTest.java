package org.factdesk.base.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

@FactdeskIntegrationTest
class CopyInIntegrationTest {

    private static final String COPY = "copy copy_check (id, flag, at, words, doc) from stdin";

    @Autowired CopyIn copy;
    @Autowired Fixtures fixtures;
    @Autowired TransactionTemplate transaction;

    @Test
    void every_kind_of_value_reads_back_as_written_whatever_characters_the_text_holds() {
        String awkward = "a\\b\tc\nd\r\ne \\N “quoted” – done";
        var at = Instant.parse("2024-01-24T09:15:30.123456Z");

        var read = transaction.execute(status -> {
            status.setRollbackOnly();
            fixtures.jdbc().sql("""
                    create temporary table copy_check (id bigint primary key, flag boolean, at timestamptz, words text,
                                                       doc jsonb)
                    """).update();
            long rows = copy.copy(COPY, r -> r.row(1L, true, at, awkward, "{\"quote\": \"tab\\there\"}")
                    .row(2, false, null, null, null));
            assertThat(rows).isEqualTo(2);
            return fixtures.jdbc().sql("select id, flag, at, words, doc ->> 'quote' as quote from copy_check order by id")
                    .query().listOfRows();
        });

        assertThat(read).hasSize(2);
        assertThat(read.get(0).get("flag")).isEqualTo(true);
        assertThat(((java.sql.Timestamp) read.get(0).get("at")).toInstant()).isEqualTo(at);
        assertThat(read.get(0).get("words")).isEqualTo(awkward);
        assertThat(read.get(0).get("quote")).isEqualTo("tab\there");
        assertThat(read.get(1).get("flag")).isEqualTo(false);
        assertThat(read.get(1).get("words")).isNull();
        assertThat(read.get(1).get("doc")).isNull();
    }

    @Test
    void a_refused_row_fails_the_copy_as_springs_own_exception_and_writes_nothing() {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            fixtures.jdbc().sql("create temporary table copy_check (id bigint primary key, flag boolean, at timestamptz,"
                    + " words text, doc jsonb)").update();
            copy.copy(COPY, r -> r.row(1, true, null, "one", null).row(1, true, null, "again", null));
        })).isInstanceOf(DuplicateKeyException.class);
    }
}
