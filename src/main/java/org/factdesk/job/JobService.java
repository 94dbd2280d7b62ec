package org.factdesk.job;

import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.team.CurrentUser;
import org.factdesk.team.ProjectAccess;
import org.factdesk.team.ProjectId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    private final TransactionTemplate sideTransaction;

    JobService(JdbcJobRepository jobs, JobScheduling scheduling, ProjectAccess access, CurrentUser currentUser,
               JobSettings settings, LiveChannel live, Clock clock, PlatformTransactionManager transactions) {
        this.sideTransaction = new TransactionTemplate(transactions);
        this.sideTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.jobs = jobs;
        this.scheduling = scheduling;
        this.access = access;
        this.currentUser = currentUser;
        this.settings = settings;
        this.live = live;
        this.clock = clock;
    }

    /**
     * A job over {@code inputs}, read as it is stored; an empty job is done at once. Who may edit the project may
     * start one; who may read it, one of a kind that only reads ({@link JobKind#reads}).
     */
    public Job start(ProjectId project, JobKind kind, String title, Iterator<JobInput> inputs) {
        if (kind.reads()) {
            access.requireRead(project);
        } else {
            access.requireEdit(project);
        }
        return store(project, kind, title, inputs);
    }

    /**
     * A job of the signed-in user that belongs to no project yet (a restore): only its owner sees it, until one of
     * its items makes a project, to which the job then belongs.
     */
    public Job startOwn(JobKind kind, String title, Iterator<JobInput> inputs) {
        return store(null, kind, title, inputs);
    }

    private Job store(ProjectId project, JobKind kind, String title, Iterator<JobInput> inputs) {
        var now = clock.instant();
        int workers = kind.single() ? 1 : settings.workersPerJob();
        var id = jobs.insert(project, currentUser.requireId(), kind, title, workers, now);
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
        scheduling.scheduleWorkers(id, workers);
        var job = jobs.find(id).orElseThrow();
        signal(job, currentUser.require().displayName());
        return job;
    }

    @Transactional(readOnly = true)
    public Job get(JobId id) {
        var job = jobs.find(id).orElseThrow(() -> notFound(id));
        if (job.data().projectId() == null) {
            if (!job.data().owner().equals(currentUser.requireId())) {
                throw notFound(id);
            }
            return job;
        }
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
        requireRead(of);
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
     * first); what was done stays done. Its owner or a project owner may cancel it. The request is committed first,
     * on its own, so that a long item in flight (an export) sees it ({@link JobControl#cancelRequested}) and ends
     * soon instead of holding the cancel up until it is done.
     */
    public Job cancel(JobId id) {
        var job = get(id);
        var me = currentUser.require();
        if (!job.data().owner().equals(me.userId()) && (job.data().projectId() == null
                || !access.requireRead(job.data().projectId()).role().canManageProject())) {
            throw new PermissionDeniedException("Only who started this job, or an owner of the project, can cancel it.");
        }
        if (!job.data().state().finished()) {
            sideTransaction.executeWithoutResult(s -> jobs.requestCancel(id, clock.instant()));
        }
        if (jobs.cancel(id, clock.instant())) {
            signal(jobs.find(id).orElseThrow(), me.displayName());
        }
        return jobs.find(id).orElseThrow();
    }

    /** The file the job made, if it made one and has ended: an export's report. */
    @Transactional(readOnly = true)
    public Optional<JobOutput> output(JobId id) {
        var job = get(id);
        return job.data().state() == JobState.DONE ? Optional.ofNullable(jobs.outputs(List.of(id)).get(id))
                : Optional.empty();
    }

    /** The files of these jobs that have them, for a list of jobs. */
    @Transactional(readOnly = true)
    public Map<JobId, JobOutput> outputs(List<Job> of) {
        requireRead(of);
        var done = of.stream().filter(j -> j.data().state() == JobState.DONE).map(Job::id).toList();
        return done.isEmpty() ? Map.of() : jobs.outputs(done);
    }

    /** Copies the job's file to {@code out}; not found while it has none (before it is done, or never). */
    @Transactional(readOnly = true)
    public JobOutput writeOutput(JobId id, OutputStream out) {
        var output = output(id).orElseThrow(() -> new NotFoundException("Job " + id + " has no file."));
        jobs.writeOutput(id, out);
        return output;
    }

    /** One check a project, not a job: a project's page shows thirty jobs of the same project. */
    private void requireRead(List<Job> of) {
        of.stream().map(j -> j.data().projectId()).filter(java.util.Objects::nonNull).distinct()
                .forEach(access::requireRead);
        of.stream().filter(j -> j.data().projectId() == null).forEach(j -> get(j.id()));
    }

    /** A project's page follows the project's topic; the owner's top bar follows theirs. */
    private void signal(Job job, String by) {
        if (job.data().projectId() != null) {
            live.publish(JobTopics.project(job.data().projectId()), JobTopics.Signal.STATE, by);
        }
        live.publish(JobTopics.owner(job.data().owner()), JobTopics.Signal.STATE, by);
    }

    private static NotFoundException notFound(JobId id) {
        return new NotFoundException("Job " + id + " was not found.");
    }
}
