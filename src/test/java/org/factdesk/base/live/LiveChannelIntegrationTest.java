package org.factdesk.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.factdesk.FactdeskIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

@FactdeskIntegrationTest
class LiveChannelIntegrationTest {

    @Autowired LiveChannel live;
    @Autowired TransactionTemplate transactions;

    @Test
    void a_signal_arrives_when_its_transaction_commits_and_never_when_it_rolls_back() throws Exception {
        BlockingQueue<LiveChannel.Signal> received = new LinkedBlockingQueue<>();
        Runnable unsubscribe = live.subscribe("test:commit", received::add);
        try {
            transactions.executeWithoutResult(tx -> {
                live.publish("test:commit", TestKind.ROLLED_BACK, "Ann");
                tx.setRollbackOnly();
            });
            transactions.executeWithoutResult(tx -> live.publish("test:commit", TestKind.COMMITTED, "Ben"));

            var first = received.poll(5, TimeUnit.SECONDS);
            assertThat(first).isEqualTo(new LiveChannel.Signal("test:commit", "COMMITTED", "Ben"));
            assertThat(received.poll(500, TimeUnit.MILLISECONDS)).isNull();
        } finally {
            unsubscribe.run();
        }
    }

    @Test
    void viewers_see_each_other_arrive_and_leave() throws Exception {
        BlockingQueue<Set<LiveChannel.Viewer>> seenByAnn = new LinkedBlockingQueue<>();
        Runnable annLeaves = live.join("test:presence", "Ann", seenByAnn::add);
        Runnable benLeaves = live.join("test:presence", "Ben", others -> { });

        assertThat(awaitNames(seenByAnn, Set.of("Ben"))).isTrue();
        benLeaves.run();
        assertThat(awaitNames(seenByAnn, Set.of())).isTrue();
        annLeaves.run();
    }

    private static boolean awaitNames(BlockingQueue<Set<LiveChannel.Viewer>> updates, Set<String> names)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            var update = updates.poll(100, TimeUnit.MILLISECONDS);
            if (update != null && update.stream().map(LiveChannel.Viewer::name)
                    .collect(java.util.stream.Collectors.toSet()).equals(names)) {
                return true;
            }
        }
        return false;
    }

    private enum TestKind implements LiveKind {
        ROLLED_BACK, COMMITTED
    }
}
