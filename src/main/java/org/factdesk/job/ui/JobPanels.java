package org.factdesk.job.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.job.Job;
import org.factdesk.job.JobKind;
import org.factdesk.job.JobService;
import org.springframework.stereotype.Component;

/** Makes {@link JobPanel}s for the pages of other modules that start a job and follow it. */
@Component
public class JobPanels {

    private final JobService jobs;
    private final LiveChannel live;
    private final Map<JobKind, JobItemLink> links;
    private final Clock clock;

    JobPanels(JobService jobs, LiveChannel live, List<JobItemLink> links, Clock clock) {
        this.jobs = jobs;
        this.live = live;
        this.links = links.stream().collect(Collectors.toMap(JobItemLink::kind, Function.identity()));
        this.clock = clock;
    }

    /** The job, live; {@code onEnd} runs once, in the UI's thread, when it is seen to end. */
    public JobPanel follow(Job job, Consumer<Job> onEnd) {
        return new JobPanel(jobs, live, links, clock, job, onEnd);
    }
}
