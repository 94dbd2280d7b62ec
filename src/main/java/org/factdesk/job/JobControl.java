package org.factdesk.job;

import java.nio.file.Path;

/**
 * What a {@link JobWork} of a long item may tell the job and ask it, while its batch's transaction is open: how far
 * the item is (written in short transactions of its own and signalled, so that every instance's pages show it),
 * whether someone asked the job to stop, and the file the item made (written in the batch's transaction, so that
 * it exists exactly when the item is done).
 */
public interface JobControl {

    JobControl NONE = new JobControl() {
        @Override
        public void progressed(int done, int total) {
        }

        @Override
        public boolean cancelRequested() {
            return false;
        }

        @Override
        public void output(String fileName, String contentType, Path file) {
            throw new UnsupportedOperationException("This job keeps no files");
        }
    };

    /** {@code done} of {@code total} parts of the item in flight (claims of an export); cheap to call often. */
    void progressed(int done, int total);

    /** Whether someone cancelled the job since it started; cheap to call often (it asks the database now and then). */
    boolean cancelRequested();

    /** Keeps {@code file} as the job's output; it may be deleted once this returns. */
    void output(String fileName, String contentType, Path file);
}
