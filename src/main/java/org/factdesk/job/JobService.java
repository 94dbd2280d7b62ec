package org.factdesk.job;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts jobs, shows them, cancels them. A job and its items are stored, and its workers scheduled with the engine,
 * in one transaction: a job is never visible without the work that will do it.
 */
@Service
@Transactional
public class JobService {

    /** Items are written in chunks while the input is read, so an archive of any size needs little memory. */
    private static final int INSERT_CHUNK = 200;

    private final JdbcJobRepository jobs;
    private final JobScheduling scheduling;
    private final ProjectAccess access;
    private final CurrentUser currentUser;
    private final JobSettings settings;
    private final LiveChannel live;
    private final Clock clock;

    JobService(JdbcJobRepository jobs, JobScheduling scheduling, ProjectAccess access, CurrentUser currentUser,
               JobSettings settings, LiveChannel live, Clock clock) {
        this.jobs = jobs;
        this.scheduling = scheduling;
        this.access = access;
        this.currentUser = currentUser;
        this.settings = settings;
        this.live = live;
        this.clock = clock;
    }

    /** A job over {@code inputs}, read as it is stored; an empty job is done at once. */
    public Job start(ProjectId project, JobKind kind, String title, Iterator<JobInput> inputs) {
        access.requireEdit(project);
        var now = clock.instant();
        var id = jobs.insert(project, currentUser.requireId(), kind, title, settings.workersPerJob(), now);
        int seq = 0;
        var chunk = new ArrayList<JobInput>(INSERT_CHUNK);
        while (inputs.hasNext()) {
            chunk.add(inputs.next());
            if (chunk.size() == INSERT_CHUNK) {
                jobs.insertItems(id, seq, chunk, now);
                seq += chunk.size();
                chunk.clear();
            }
        }
        if (!chunk.isEmpty()) {
            jobs.insertItems(id, seq, chunk, now);
        }
        scheduling.scheduleWorkers(id, settings.workersPerJob());
        live.publish(JobTopics.project(project), JobTopics.Signal.STATE, currentUser.require().displayName());
        live.publish(JobTopics.owner(currentUser.requireId()), JobTopics.Signal.STATE, "");
        return jobs.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Job get(JobId id) {
        var job = jobs.find(id).orElseThrow(() -> notFound(id));
        try {
            access.requireRead(job.data().projectId());
        } catch (NotFoundException e) {
            // the same answer as for a job that does not exist: a stranger learns neither that it does nor its project
            throw notFound(id);
        }
        return job;
    }

    @Transactional(readOnly = true)
    public List<Job> list(ProjectId project, int limit) {
        access.requireRead(project);
        return jobs.ofProject(project, limit);
    }

    @Transactional(readOnly = true)
    public JobProgress progress(JobId id) {
        get(id);
        return jobs.progress(List.of(id)).get(id);
    }

    @Transactional(readOnly = true)
    public Map<JobId, JobProgress> progress(List<Job> of) {
        // one check a project, not a job: a project's page shows thirty jobs of the same project
        of.stream().map(j -> j.data().projectId()).distinct().forEach(access::requireRead);
        return of.isEmpty() ? Map.of() : jobs.progress(of.stream().map(Job::id).toList());
    }

    /** The signed-in user's jobs that are not finished, in any project. */
    @Transactional(readOnly = true)
    public List<Job> runningOfMine() {
        return jobs.unfinishedOf(currentUser.requireId());
    }

    /** A page of the job's results; {@code states} empty for all. */
    @Transactional(readOnly = true)
    public List<JobItem> items(JobId id, List<ItemState> states, int offset, int limit) {
        get(id);
        return jobs.items(id, states, offset, limit);
    }

    @Transactional(readOnly = true)
    public int countItems(JobId id, List<ItemState> states) {
        get(id);
        return jobs.countItems(id, states);
    }

    /**
     * Stops the job: once this returns, no item of it starts or commits any more (a batch in flight finishes
     * first); what was done stays done. Its owner or a project owner may cancel it.
     */
    public Job cancel(JobId id) {
        var job = get(id);
        var me = currentUser.require();
        if (!job.data().owner().equals(me.userId()) && !access.requireRead(job.data().projectId()).role().canManageProject()) {
            throw new PermissionDeniedException("Only who started this job, or an owner of the project, can cancel it.");
        }
        if (jobs.cancel(id, clock.instant())) {
            live.publish(JobTopics.project(job.data().projectId()), JobTopics.Signal.STATE, me.displayName());
            live.publish(JobTopics.owner(job.data().owner()), JobTopics.Signal.STATE, me.displayName());
        }
        return jobs.find(id).orElseThrow();
    }

    private static NotFoundException notFound(JobId id) {
        return new NotFoundException("Job " + id + " was not found.");
    }
}
