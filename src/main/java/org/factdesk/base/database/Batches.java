package org.factdesk.base.database;

import java.util.List;
import java.util.function.ToLongFunction;

/** How much of what a worker has locked one batch takes on. */
public final class Batches {

    private Batches() {
    }

    /**
     * The first rows whose weights add up to no more than {@code budget}, and always the first row, however heavy:
     * a job's files by their size, the linker's documents by their claims.
     */
    public static <T> List<T> fitting(List<T> rows, ToLongFunction<T> weight, long budget) {
        long total = 0;
        int taken = 0;
        while (taken < rows.size()) {
            long next = weight.applyAsLong(rows.get(taken));
            if (taken > 0 && total + next > budget) {
                break;
            }
            total += next;
            taken++;
        }
        return rows.subList(0, taken);
    }
}
