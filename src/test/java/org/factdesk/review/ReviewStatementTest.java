package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The review's save statement, written out by hand, against the record it stores. */
class ReviewStatementTest {

    @Test
    void the_save_statement_writes_records_and_snapshots_every_component_of_review_data() {
        var set = Pattern.compile("(?s)update claim_review r\\s+set (.*?)verdict_by =").matcher(JdbcReviewRepository.UPDATE);
        assertThat(set.find()).isTrue();
        var columns = Arrays.stream(set.group(1).split(",")).map(a -> a.split("=")[0].strip())
                .filter(c -> !c.isEmpty()).map(ReviewStatementTest::component).toList();
        var components = Arrays.stream(ReviewData.class.getRecordComponents()).map(c -> c.getName()).toList();
        assertThat(columns).as("the UPDATE sets each component of ReviewData, in order").isEqualTo(components);
        assertThat(Arrays.stream(ReviewField.values()).map(ReviewField::component).toList())
                .as("ReviewField lists the same components").isEqualTo(components);
        for (var field : ReviewField.values()) {
            for (var statement : new String[] {JdbcReviewRepository.UPDATE, JdbcReviewRepository.INSERT}) {
                assertThat(statement).as("changes of " + field).contains("jsonb_build_object('" + field.key() + "',");
                assertThat(statement).as("snapshot of " + field).contains("'" + field.component() + "', r.");
            }
        }
    }

    /** verdict_id → verdictId; the columns named after a reference drop their _id, as the record does. */
    private static String component(String column) {
        var words = column.replaceAll("_id$", column.equals("verdict_id") ? "_id" : "").split("_");
        var name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return name.toString();
    }
}
