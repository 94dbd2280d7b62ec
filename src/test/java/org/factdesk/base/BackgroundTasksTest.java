package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class BackgroundTasksTest {

    @Test
    void tasks_run_on_their_own_bounded_threads_as_their_user_and_a_full_queue_says_so() throws Exception {
        var tasks = new BackgroundTasks();
        try {
            SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("rosa", null));
            var thread = new AtomicReference<String>();
            var user = new AtomicReference<String>();
            tasks.run(() -> {
                thread.set(Thread.currentThread().getName());
                user.set(SecurityContextHolder.getContext().getAuthentication().getName());
            }).get(5, TimeUnit.SECONDS);
            assertThat(thread.get()).startsWith("factdesk-task-").doesNotContain("ForkJoinPool");
            assertThat(user.get()).isEqualTo("rosa");

            var hold = new CountDownLatch(1);
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1_000; i++) {
                    tasks.run(() -> {
                        try {
                            hold.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                }
            }).isInstanceOf(InvalidInputException.class).hasMessageContaining("busy");
            hold.countDown();
        } finally {
            SecurityContextHolder.clearContext();
            tasks.destroy();
        }
        assertThat(tasks.stopping()).isTrue();
    }
}
