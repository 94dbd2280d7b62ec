package org.factdesk.job.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.base.ui.Notifications;
import org.factdesk.job.ItemState;
import org.factdesk.job.Job;
import org.factdesk.job.JobId;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobService;
import org.factdesk.job.JobTopics;

/**
 * One job followed live on the page that started it (an export on the Reports page, a restore): the same card as
 * the Jobs page shows, with its file to download or the page its result leads to once it is done. It follows its
 * owner's topic, so it works also for a job that has no project yet.
 */
public class JobPanel extends Div {

    private final JobService jobs;
    private final Map<JobKind, JobItemLink> links;
    private final Clock clock;
    private final JobId id;
    private final Consumer<Job> onEnd;
    private boolean ended;
    private Job job;
    private Anchor download;

    JobPanel(JobService jobs, LiveChannel live, Map<JobKind, JobItemLink> links, Clock clock, Job job,
             Consumer<Job> onEnd) {
        this.jobs = jobs;
        this.links = links;
        this.clock = clock;
        this.id = job.id();
        this.onEnd = onEnd;
        this.job = job;
        this.ended = job.data().state().finished();
        addClassName("fd-job-panel");
        redraw();
        LiveUpdates.follow(this, live, JobTopics.owner(job.data().owner()), new ThrottledRedraw(this::redraw)::on);
    }

    /** The job as last drawn. */
    public Job job() {
        return job;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        // what changed while it was away (the live topic says nothing about the time before it listened)
        redraw();
    }

    /** Draws the job as it is now; once it has ended, tells the page, once. */
    public void redraw() {
        if (ended && getChildren().findAny().isPresent()) {
            // an ended job changes no more; drawing it again would swap its download link for a new one, and a
            // download just started from the old link would fail
            return;
        }
        job = jobs.get(id);
        var progress = jobs.progress(id);
        var d = job.data();
        var card = new JobCard(job, progress, clock.instant(), false,
                d.projectId() == null ? null : () -> getUI().ifPresent(ui -> ui.navigate(JobNavigation.job(d.projectId(), id))),
                this::cancel);
        download = jobs.output(id).map(output -> JobDownloads.link(jobs, output)).orElse(null);
        if (download != null) {
            card.withAction(download);
        }
        result().ifPresent(card::withAction);
        removeAll();
        add(card);
        if (d.state().finished() && !ended) {
            ended = true;
            onEnd.accept(job);
        }
    }

    /** The link to the file it made, once it is done and made one. */
    public Optional<Anchor> download() {
        return Optional.ofNullable(download);
    }

    private Optional<Anchor> result() {
        var link = links.get(job.data().kind());
        if (link == null || job.data().state() != org.factdesk.job.JobState.DONE) {
            return Optional.empty();
        }
        return jobs.items(id, List.of(ItemState.DONE), 0, 1).stream().findFirst()
                .flatMap(item -> link.href(item).map(href -> {
                    var a = new Anchor(href, link.label(item));
                    a.addClassName("fd-job-result-link");
                    return a;
                }));
    }

    private void cancel() {
        var after = jobs.cancel(id);
        Notifications.success(after.data().state().finished() ? "\"" + after.data().title() + "\" is "
                + after.data().state().label().toLowerCase(java.util.Locale.ROOT) + "." : "Cancelling…");
        redraw();
    }
}
