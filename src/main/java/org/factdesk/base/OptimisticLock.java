package org.factdesk.base;

/** Checks the row count of an {@code update … where version = :version}: zero rows means someone else won. */
public final class OptimisticLock {

    private OptimisticLock() {
    }

    public static void requireOneRow(int rows, String what) {
        if (rows != 1) {
            throw new ConflictException("Someone else changed this " + what + " in the meantime. Reload and try again.");
        }
    }
}
