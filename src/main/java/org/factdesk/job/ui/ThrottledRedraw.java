package org.factdesk.job.ui;

import org.factdesk.base.live.LiveChannel;
import org.factdesk.job.JobTopics;

/**
 * Progress signals come with every batch of every worker: a page that follows them redraws at most twice a second,
 * and always when a job's state changes, so that the last figures are never skipped.
 */
final class ThrottledRedraw {

    private static final long PROGRESS_MILLIS = 500;

    private final Runnable redraw;
    private long last;

    ThrottledRedraw(Runnable redraw) {
        this.redraw = redraw;
    }

    void on(LiveChannel.Signal signal) {
        long now = System.currentTimeMillis();
        if (signal.is(JobTopics.Signal.STATE) || now - last >= PROGRESS_MILLIS) {
            last = now;
            redraw.run();
        }
    }
}
