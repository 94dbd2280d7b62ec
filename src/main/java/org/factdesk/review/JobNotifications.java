package org.factdesk.review;

import java.time.Clock;
import java.util.Locale;
import org.factdesk.job.JobFinished;
import org.factdesk.job.JobState;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A finished job tells its owner through the bell. A durable listener: the event is stored with the transaction
 * that ended the job, so the owner hears of it also when the instance stops right after.
 */
@Component
class JobNotifications {

    private final JdbcDiscussionRepository discussion;
    private final ReviewSignals signals;
    private final Clock clock;

    JobNotifications(JdbcDiscussionRepository discussion, ReviewSignals signals, Clock clock) {
        this.discussion = discussion;
        this.signals = signals;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(JobFinished event) {
        discussion.notify(event.owner(), event.projectId(), null, NotificationKind.JOB_FINISHED, message(event), null,
                clock.instant());
        signals.notified(event.owner());
    }

    static String message(JobFinished event) {
        var p = event.progress();
        String what = event.kind().label() + " \"" + event.title() + "\"";
        if (event.state() == JobState.FAILED) {
            return what + " stopped: it could not go on. Open Jobs to see what was done.";
        }
        if (event.kind() != org.factdesk.job.JobKind.IMPORT) {
            return what + String.format(Locale.ENGLISH, " is done: %,d of %,d.", p.done(), p.total());
        }
        var parts = new StringBuilder(String.format(Locale.ENGLISH, "%,d imported", p.done()));
        if (p.duplicates() > 0) {
            parts.append(String.format(Locale.ENGLISH, ", %,d already there", p.duplicates()));
        }
        if (p.rejected() + p.failed() > 0) {
            parts.append(String.format(Locale.ENGLISH, ", %,d refused", p.rejected() + p.failed()));
        }
        return what + " is done: " + parts + ".";
    }
}
