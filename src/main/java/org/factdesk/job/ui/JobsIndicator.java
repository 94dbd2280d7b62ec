package org.factdesk.job.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.base.ui.LiveUpdates;
import org.factdesk.job.JobService;
import org.factdesk.job.JobTopics;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ui.HeaderItem;

/** In the top bar while a job of the signed-in user runs: how far it is, and the way to its page. */
@org.springframework.stereotype.Component
class JobsIndicator implements HeaderItem {

    private final JobService jobs;
    private final LiveChannel live;
    private final CurrentUser currentUser;

    JobsIndicator(JobService jobs, LiveChannel live, CurrentUser currentUser) {
        this.jobs = jobs;
        this.live = live;
        this.currentUser = currentUser;
    }

    @Override
    public Component create() {
        var text = new Span();
        var link = new Anchor();
        link.add(VaadinIcon.TASKS.create(), text);
        link.addClassName("fd-jobs-indicator");
        Runnable update = () -> {
            var running = jobs.runningOfMine();
            link.setVisible(!running.isEmpty());
            if (running.isEmpty()) {
                return;
            }
            var first = running.getFirst();
            var progress = jobs.progress(running);
            int done = running.stream().mapToInt(j -> progress.get(j.id()).finished()).sum();
            int total = running.stream().mapToInt(j -> progress.get(j.id()).total()).sum();
            text.setText(running.size() == 1
                    ? String.format(Locale.ENGLISH, "%s %d%%", first.data().kind().label(), total == 0 ? 0 : 100 * done / total)
                    : String.format(Locale.ENGLISH, "%d jobs %d%%", running.size(), total == 0 ? 0 : 100 * done / total));
            if (first.data().projectId() != null) {
                link.setHref(JobNavigation.job(first.data().projectId(), first.id()));
            } else {
                // a restore has no project's page yet; the page that started it follows it
                link.removeHref();
            }
            link.getElement().setAttribute("title", String.format(Locale.ENGLISH, "%,d of %,d done", done, total));
        };
        update.run();
        currentUser.get().ifPresent(me -> LiveUpdates.follow(link, live, JobTopics.owner(me.userId()),
                new ThrottledRedraw(update)::on));
        return link;
    }
}
