package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import org.junit.jupiter.api.Test;

class SourceDatesTest {

    @Test
    void a_month_is_a_whole_word_not_the_start_of_a_name() {
        assertThat(SourceDates.mentions("Crews pulled 2 Marines and 3 Decker children from the river.")).isEmpty();
        assertThat(SourceDates.mentions("The ferry sank on 3 Mar. and again on 9 March 2025."))
                .extracting(SourceDates.DateMention::month, SourceDates.DateMention::day)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Month.MARCH, 3),
                        org.assertj.core.groups.Tuple.tuple(Month.MARCH, 9));
    }
}
