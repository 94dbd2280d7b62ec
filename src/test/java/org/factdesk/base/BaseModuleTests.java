package org.factdesk.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.factdesk.base.live.LiveChannel;
import org.factdesk.base.live.LiveKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The base module: its database and live channel work without any feature module. The shared test fixtures of the
 * root package come along with every module test and need the team module's sign-in beans, hence the one include.
 */
@ApplicationModuleTest(extraIncludes = "team")
class BaseModuleTests {

    @Autowired LiveChannel live;
    @Autowired TransactionTemplate transactions;

    enum Kind implements LiveKind { SAVED }

    @Test
    void a_live_signal_sent_in_a_transaction_reaches_listeners_once_it_commits() throws InterruptedException {
        var heard = new LinkedBlockingQueue<LiveChannel.Signal>();
        Runnable stop = live.subscribe("module:test", heard::add);
        try {
            transactions.executeWithoutResult(tx -> live.publish("module:test", Kind.SAVED, "Ann"));

            var signal = heard.poll(10, TimeUnit.SECONDS);
            assertThat(signal).isNotNull();
            assertThat(signal.is(Kind.SAVED)).isTrue();
            assertThat(signal.by()).isEqualTo("Ann");
        } finally {
            stop.run();
        }
    }
}
