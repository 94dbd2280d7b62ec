package org.factdesk.job;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.factdesk.base.NotFoundException;
import org.factdesk.base.PermissionDeniedException;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.team.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What one worker execution does: batch after batch, each in one transaction that locks its items (skip locked, so
 * workers on any instance share a job), does them as the job's owner and records their results. A batch that
 * throws is done again item by item, so one bad item fails alone. The last worker to find nothing left ends the job.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JdbcJobRepository jobs;
    private final Map<JobKind, JobWork> works;
    private final JobScheduling scheduling;
    private final JobSettings settings;
    private final SystemTasks system;
    private final LiveChannel live;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate savepoint;
    private final TransactionTemplate side;
    private final Clock clock;

    /** How often a long item's progress is written and the job's cancel flag read, at most. */
    private static final long STEP_NANOS = 500_000_000L;

    JobRunner(JdbcJobRepository jobs, List<JobWork> works, JobScheduling scheduling, JobSettings settings,
              SystemTasks system, LiveChannel live, ApplicationEventPublisher events,
              PlatformTransactionManager transactions, Clock clock) {
        this.jobs = jobs;
        this.works = works.stream().collect(Collectors.toMap(JobWork::kind, Function.identity()));
        this.scheduling = scheduling;
        this.settings = settings;
        this.system = system;
        this.live = live;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.side = new TransactionTemplate(transactions);
        this.side.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    void work(JobId id) {
        var job = jobs.find(id).orElse(null);
        if (job == null || job.data().state().finished()) {
            return;
        }
        var work = works.get(job.data().kind());
        var batches = work.oneSnapshot() ? snapshot : transaction;
        if (jobs.start(id, clock.instant())) {
            signal(job, JobTopics.Signal.STATE);
        }
        try {
            boolean more = true;
            while (more) {
                try {
                    more = Boolean.TRUE.equals(batches.execute(status -> batch(job, work, settings.batchSize())));
                } catch (PermissionDeniedException | NotFoundException e) {
                    throw e;
                } catch (RuntimeException e) {
                    log.error("A batch of job {} failed; doing its items one by one", id, e);
                    more = oneByOne(job, work);
                }
                signal(job, JobTopics.Signal.PROGRESS);
            }
        } catch (PermissionDeniedException | NotFoundException e) {
            // the owner may no longer do this work (left the project, role changed): the job cannot go on
            transaction.executeWithoutResult(status -> {
                if (jobs.fail(id, e.getMessage(), clock.instant())) {
                    finished(id);
                }
            });
            signal(job, JobTopics.Signal.STATE);
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (end(job)) {
                finished(id);
            }
        });
        signal(job, JobTopics.Signal.STATE);
    }

    /** Ends the job once no item waits: done, or for a job of one item that failed, failed with its message. */
    private boolean end(Job job) {
        var now = clock.instant();
        return job.data().kind().single() && jobs.failSingle(job.id(), now) || jobs.finish(job.id(), now);
    }

    /** Schedules the workers of every unfinished job again (a no-op for those that exist) and ends finished ones. */
    void sweep() {
        for (var job : jobs.unfinished()) {
            transaction.executeWithoutResult(status -> {
                if (end(job)) {
                    finished(job.id());
                } else {
                    scheduling.scheduleWorkers(job.id(), job.data().workers());
                }
            });
        }
    }

    private boolean batch(Job job, JobWork work, int size) {
        if (jobs.stateForShare(job.id()).orElse(JobState.CANCELLED) != JobState.RUNNING) {
            return false;
        }
        var claimed = jobs.claimBatch(job.id(), size, settings.batchBytes().toBytes());
        if (claimed.isEmpty()) {
            return false;
        }
        var inputs = claimed.stream().map(JdbcJobRepository.Claimed::input).toList();
        var results = system.runAs(job.data().owner(), () -> work.process(job, inputs, new Control(job)));
        if (results.size() != inputs.size()) {
            throw new IllegalStateException(work.kind() + " gave " + results.size() + " results for " + inputs.size());
        }
        jobs.saveResults(job.id(), claimed, results, clock.instant());
        return true;
    }

    private boolean oneByOne(Job job, JobWork work) {
        for (int i = 0; i < settings.batchSize(); i++) {
            Boolean more = transaction.execute(status -> {
                if (jobs.stateForShare(job.id()).orElse(JobState.CANCELLED) != JobState.RUNNING) {
                    return false;
                }
                var claimed = jobs.claimBatch(job.id(), 1, Long.MAX_VALUE);
                if (claimed.isEmpty()) {
                    return false;
                }
                List<ItemResult> results;
                try {
                    results = savepoint.execute(s -> system.runAs(job.data().owner(),
                            () -> work.process(job, List.of(claimed.getFirst().input()), new Control(job))));
                } catch (RuntimeException e) {
                    log.error("Item {} of job {} failed", claimed.getFirst().seq(), job.id(), e);
                    results = List.of(new ItemResult(ItemState.FAILED, null, "It could not be processed ("
                            + e.getClass().getSimpleName() + "). The details were logged; tell your admin if it happens again."));
                }
                jobs.saveResults(job.id(), claimed, results, clock.instant());
                return true;
            });
            if (!Boolean.TRUE.equals(more)) {
                return false;
            }
        }
        return true;
    }

    /** Tells the owner's bell; a job that never got a project (a restore that made none) has no bell to ring. */
    private void finished(JobId id) {
        var job = jobs.find(id).orElseThrow();
        var d = job.data();
        if (d.projectId() == null) {
            return;
        }
        events.publishEvent(new JobFinished(id, d.projectId(), d.owner(), d.kind(), d.state(), d.title(),
                jobs.progress(List.of(id)).get(id)));
    }

    private void signal(Job job, JobTopics.Signal what) {
        if (job.data().projectId() != null) {
            live.publish(JobTopics.project(job.data().projectId()), what, "Factdesk");
        }
        live.publish(JobTopics.owner(job.data().owner()), what, "Factdesk");
    }

    /**
     * A batch's line to the job: progress and the cancel flag go through short transactions of their own (the
     * batch's own is invisible until it ends, and in a snapshot would not see the flag), at most twice a second;
     * the output goes into the batch's transaction.
     */
    private final class Control implements JobControl {

        private final Job job;
        private long lastSync;
        private int done;
        private int total;
        private boolean dirty;
        private boolean cancelled;

        Control(Job job) {
            this.job = job;
        }

        @Override
        public void progressed(int done, int total) {
            this.done = done;
            this.total = total;
            this.dirty = true;
            syncSometimes();
        }

        @Override
        public boolean cancelRequested() {
            syncSometimes();
            return cancelled;
        }

        @Override
        public void output(String fileName, String contentType, java.nio.file.Path file) {
            jobs.saveOutput(job.id(), fileName, contentType, file, clock.instant());
        }

        private void syncSometimes() {
            long now = System.nanoTime();
            if (lastSync != 0 && now - lastSync < STEP_NANOS) {
                return;
            }
            lastSync = now;
            try {
                side.executeWithoutResult(status -> {
                    if (dirty) {
                        jobs.saveStep(job.id(), done, total, clock.instant());
                        signal(job, JobTopics.Signal.PROGRESS);
                    }
                    cancelled = jobs.cancelRequested(job.id());
                });
                dirty = false;
            } catch (RuntimeException e) {
                // progress is for show: the work goes on without it
                log.warn("Could not record the progress of job {}: {}", job.id(), e.toString());
            }
        }
    }
}
