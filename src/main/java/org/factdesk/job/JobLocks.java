package org.factdesk.job;

/** The first key of the advisory locks on jobs, so that they cannot meet another module's advisory locks. */
final class JobLocks {

    /** "jb" */
    static final int KIND = 0x6a62;

    private JobLocks() {
    }
}
