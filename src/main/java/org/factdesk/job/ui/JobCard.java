package org.factdesk.job.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.factdesk.base.ui.Times;
import org.factdesk.job.Job;
import org.factdesk.job.JobProgress;
import org.factdesk.job.JobState;

/** One job: what it is, a progress bar with the rate and the time left, and what can be done with it. */
class JobCard extends Div {

    final Job job;
    private final Div actions = new Div();

    JobCard(Job job, JobProgress progress, Instant now, boolean selected, Runnable showResults, Runnable cancel) {
        this.job = job;
        var d = job.data();
        addClassNames("fd-job", "fd-job-" + d.state().name().toLowerCase(Locale.ROOT));
        if (selected) {
            addClassName("fd-selected");
        }
        getElement().setAttribute("data-job", job.id().toString());
        var title = new Span(d.title());
        title.addClassName("fd-job-title");
        var state = new Span(d.state().label());
        state.addClassNames("fd-badge", "fd-job-state");
        state.getElement().setAttribute("theme", switch (d.state()) {
            case DONE -> "success";
            case FAILED -> "error";
            case CANCELLED -> "contrast";
            case QUEUED, RUNNING -> "";
        });
        var meta = new Span(d.kind().label() + " by " + d.ownerName() + " · " + Times.WHEN.format(d.createdAt()));
        meta.addClassName("fd-job-meta");
        var top = new Div(title, state, meta);
        top.addClassName("fd-job-top");

        var bar = new ProgressBar(0, 1, progress.fraction());
        bar.getElement().setAttribute("aria-label", "Progress of " + d.title());
        bar.addClassName("fd-job-bar");
        var figures = new Span(d.kind().single() ? single(d.kind(), d.state(), progress, d.startedAt(), d.finishedAt())
                : figures(d.state(), progress, d.startedAt(), d.finishedAt(), now));
        figures.addClassName("fd-job-figures");

        if (showResults != null) {
            var results = new Button("Results", e -> showResults.run());
            results.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            actions.add(results);
        }
        if (!d.state().finished() && cancel != null) {
            var stop = new Button("Cancel", e -> cancel.run());
            stop.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            stop.setTooltipText(d.kind().single() ? "Stop it; nothing of it is kept"
                    : "Stop after the files in progress; what is imported stays");
            actions.add(stop);
        }
        actions.addClassName("fd-job-actions");
        add(top, bar, figures, actions);
        if (d.message() != null) {
            var message = new Span(d.message());
            message.addClassName("fd-job-message");
            add(message);
        }
    }

    /** Adds a way onward to the card's actions: the file an export made, the project a restore made. */
    JobCard withAction(com.vaadin.flow.component.Component action) {
        actions.add(action);
        return this;
    }

    /** A job of one item counts its item's parts: "1,234 of 10,000 claims", or how long it took. */
    static String single(org.factdesk.job.JobKind kind, JobState state, JobProgress p, Instant startedAt,
                         Instant finishedAt) {
        return switch (state) {
            case QUEUED -> "Waiting for a worker";
            case RUNNING -> p.inStep() && kind.steps() != null
                    ? String.format(Locale.ENGLISH, "%,d of %,d %s", p.stepDone(), p.stepTotal(), kind.steps())
                    : "Working…";
            case DONE, FAILED, CANCELLED -> startedAt != null && finishedAt != null
                    ? "Took " + inWords(Duration.between(startedAt, finishedAt)) : "";
        };
    }

    /** "1,234 of 10,000 · 312 a second · about 28 s left", or what came of it once finished. */
    static String figures(JobState state, JobProgress p, Instant startedAt, Instant finishedAt, Instant now) {
        var text = new StringBuilder(String.format(Locale.ENGLISH, "%,d of %,d", p.finished(), p.total()));
        if (p.duplicates() > 0) {
            text.append(String.format(Locale.ENGLISH, " · %,d already there", p.duplicates()));
        }
        if (p.rejected() + p.failed() > 0) {
            text.append(String.format(Locale.ENGLISH, " · %,d refused", p.rejected() + p.failed()));
        }
        if (p.cancelled() > 0) {
            text.append(String.format(Locale.ENGLISH, " · %,d not done", p.cancelled()));
        }
        if (state == JobState.RUNNING) {
            p.rate(startedAt, now).ifPresent(r -> text.append(String.format(Locale.ENGLISH, " · %,.0f a second", r)));
            p.timeLeft(startedAt, now).ifPresent(left -> text.append(" · about ").append(inWords(left)).append(" left"));
        } else if (state == JobState.QUEUED) {
            text.append(" · waiting for a worker");
        } else if (startedAt != null && finishedAt != null) {
            text.append(" · took ").append(inWords(Duration.between(startedAt, finishedAt)));
        }
        return text.toString();
    }

    static String inWords(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return (s / 60) + " min " + (s % 60) + " s";
        }
        return (s / 3600) + " h " + (s % 3600 / 60) + " min";
    }
}
