package org.factdesk.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.ConflictException;
import org.factdesk.claim.ClaimFixtures;
import org.factdesk.claim.ClaimService;
import org.factdesk.team.ProjectRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Twenty editors save the same claim at the same moment: no write is lost and no conflict goes unreported. */
@FactdeskIntegrationTest
class ConcurrentReviewIntegrationTest {

    @Autowired ReviewService reviews;
    @Autowired ClaimService claims;
    @Autowired Fixtures fixtures;
    @Autowired ClaimFixtures claimFixtures;

    @Test
    void twenty_simultaneous_saves_end_in_successes_in_history_and_reported_conflicts() throws Exception {
        var project = fixtures.project("Busy desk", fixtures.user("busy-owner"));
        for (int i = 0; i < 20; i++) {
            fixtures.member(project, fixtures.user("busy" + i), ProjectRole.EDITOR);
        }
        fixtures.signIn("busy-owner");
        var claim = claimFixtures.bridgeClaim(project);
        fixtures.signOut();

        List<String> succeeded = Collections.synchronizedList(new ArrayList<>());
        List<String> conflicted = Collections.synchronizedList(new ArrayList<>());
        List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
        var ready = new CountDownLatch(20);
        var start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        for (int i = 0; i < 20; i++) {
            String editor = "busy" + i;
            pool.submit(() -> {
                try {
                    fixtures.signIn(editor);
                    int version = reviews.get(claim).version();
                    ready.countDown();
                    start.await();
                    reviews.save(claim, version, new ReviewData(null, "Rationale by " + editor, null, null, List.of(),
                            null, null));
                    succeeded.add(editor);
                } catch (ConflictException e) {
                    conflicted.add(editor);
                } catch (Throwable t) {
                    unexpected.add(t);
                } finally {
                    fixtures.signOut();
                }
            });
        }
        assertThat(ready.await(60, TimeUnit.SECONDS)).isTrue();
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

        assertThat(unexpected).isEmpty();
        assertThat(succeeded.size() + conflicted.size()).isEqualTo(20);
        // everyone read the same version, so exactly one save can win; the other nineteen must be told
        assertThat(succeeded).hasSize(1);
        assertThat(conflicted).hasSize(19);
        fixtures.signIn("busy-owner");
        var history = reviews.history(claim);
        assertThat(history).hasSize(succeeded.size());
        String last = history.getLast().changes();
        var finalState = reviews.get(claim);
        assertThat(last).contains(finalState.data().rationale());
        assertThat(succeeded).contains(finalState.data().rationale().replace("Rationale by ", ""));
        assertThat(finalState.version()).isEqualTo(1);
    }
}
