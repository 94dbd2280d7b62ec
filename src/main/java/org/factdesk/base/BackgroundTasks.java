package org.factdesk.base;

import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Work started from a page that must not hold the page up: exports, URL imports. It runs on threads of its own, a
 * bounded number with a bounded queue, never on the JVM's common pool, where one long export once stalled every
 * other user's imports. Each task runs as the user who started it. On shutdown, running tasks are asked to stop
 * ({@link #stopping()}) instead of holding the server up.
 */
@Component
public class BackgroundTasks implements DisposableBean {

    private static final int QUEUE = 50;

    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    private volatile boolean stopping;

    BackgroundTasks() {
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(QUEUE);
        executor.setThreadNamePrefix("factdesk-task-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        executor.initialize();
    }

    /** Runs the task in the background as the signed-in user; refused with a message when too much already waits. */
    public CompletableFuture<Void> run(Runnable task) {
        try {
            return executor.submitCompletable(new DelegatingSecurityContextRunnable(task));
        } catch (TaskRejectedException e) {
            throw new InvalidInputException("Factdesk is busy with other exports and imports right now. "
                    + "Try again in a minute.");
        }
    }

    /** True once the server is shutting down: long tasks check it and stop. */
    public boolean stopping() {
        return stopping;
    }

    @Override
    public void destroy() {
        stopping = true;
        executor.shutdown();
    }
}
