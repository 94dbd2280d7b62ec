package org.factdesk.base.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void the_rows_that_fit_are_taken_in_order_and_the_first_always() {
        assertThat(Batches.fitting(List.of(3L, 3L, 3L, 1L), w -> w, 8)).containsExactly(3L, 3L);
        assertThat(Batches.fitting(List.of(12L, 1L), w -> w, 8)).containsExactly(12L);
        assertThat(Batches.fitting(List.of(1L, 1L, 1L), w -> w, 8)).containsExactly(1L, 1L, 1L);
        assertThat(Batches.fitting(List.<Long>of(), w -> w, 8)).isEmpty();
    }
}
