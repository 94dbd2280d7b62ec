package org.factdesk.base.live;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells every app instance sharing the database what changed, through PostgreSQL LISTEN/NOTIFY.
 * A signal sent inside a transaction reaches listeners only when that transaction commits, so
 * nobody is told about a change that was rolled back. Topics name what changed, such as
 * {@code claim:42} or {@code document:7}; views subscribe to the topics they show.
 * <p>
 * Presence travels the same way: a viewer joining a topic announces itself, viewers already
 * there answer, and a leaving viewer says goodbye. Every instance repeats its viewers' presence
 * every {@value #HEARTBEAT_SECONDS} seconds, so viewers of an instance that died without a goodbye
 * drop off the others' lists after {@value #FORGET_SECONDS} seconds.
 * <p>
 * See decision 0012 in docs/decisions.
 */
@Component
public class LiveChannel implements SmartLifecycle {

    static final String CHANNEL = "factdesk_live";
    static final int HEARTBEAT_SECONDS = 30;
    static final int FORGET_SECONDS = 75;
    private static final char SEP = '\u001f';
    private static final Logger log = LoggerFactory.getLogger(LiveChannel.class);

    /** Something changed on {@code topic}; {@code by} is the display name of whoever changed it. */
    public record Signal(String topic, String kind, String by) {

        public boolean is(LiveKind expected) {
            return expected.name().equals(kind);
        }
    }

    /** Someone looking at a topic. */
    public record Viewer(String id, String name) {
    }

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Map<String, List<Consumer<Signal>>> listeners = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Consumer<Set<Viewer>>>> presenceListeners = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Viewer>> viewers = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Viewer>> localViewers = new ConcurrentHashMap<>();
    private final Map<String, Long> lastSeen = new ConcurrentHashMap<>();
    private long lastHeartbeat = System.nanoTime();
    private volatile boolean running;
    private volatile Thread thread;
    private volatile Thread sender;
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>();

    public LiveChannel(DataSource dataSource, JdbcClient jdbc) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
    }

    /**
     * Sends a signal; inside a transaction only once it has committed, and never if it rolls back.
     * The NOTIFY itself goes out from a sender thread: PostgreSQL serialises the commits of
     * transactions that notify, so notifying inside the writing transaction would make busy
     * editors wait on each other's row locks for longer.
     */
    public void publish(String topic, LiveKind kind, String by) {
        String payload = String.join(String.valueOf(SEP), "S", topic, clean(kind.name()), clean(by));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    outbox.offer(payload);
                }
            });
        } else {
            outbox.offer(payload);
        }
    }

    /** Calls {@code listener} on a background thread for each signal on {@code topic}, from any instance. */
    public Runnable subscribe(String topic, Consumer<Signal> listener) {
        listeners.compute(topic, (t, here) -> {
            var list = here == null ? new CopyOnWriteArrayList<Consumer<Signal>>() : here;
            list.add(listener);
            return list;
        });
        return () -> listeners.computeIfPresent(topic, (t, here) -> here.remove(listener) && here.isEmpty() ? null : here);
    }

    /**
     * Announces a viewer on {@code topic} and calls {@code onChange} with everyone else there
     * whenever that changes. Run the returned action to leave.
     */
    public Runnable join(String topic, String name, Consumer<Set<Viewer>> onChange) {
        var me = new Viewer(UUID.randomUUID().toString(), clean(name));
        localViewers.compute(topic, (t, here) -> withEntry(here, me.id(), me));
        presenceListeners.compute(topic, (t, here) -> withEntry(here, me.id(), onChange));
        seen(topic, me);
        sendPresence("J", topic, me);
        return () -> {
            // topics are claim and document ids: drop them when empty, or a long-running instance keeps them all
            presenceListeners.computeIfPresent(topic, (t, here) -> withoutKey(here, me.id()));
            localViewers.computeIfPresent(topic, (t, here) -> withoutKey(here, me.id()));
            gone(topic, me.id());
            sendPresence("L", topic, me);
        };
    }

    // compute/computeIfPresent keep adding and dropping a topic's map atomic with the change inside it
    private static <V> Map<String, V> withEntry(Map<String, V> map, String key, V value) {
        var result = map == null ? new ConcurrentHashMap<String, V>() : map;
        result.put(key, value);
        return result;
    }

    private static <V> Map<String, V> withoutKey(Map<String, V> map, String key) {
        map.remove(key);
        return map.isEmpty() ? null : map;
    }

    private void sendPresence(String kind, String topic, Viewer viewer) {
        outbox.offer(String.join(String.valueOf(SEP), kind, topic, viewer.id(), viewer.name()));
    }

    /** Sends what has queued up, each payload once, as PostgreSQL would within one transaction. */
    private void send() {
        while (running || !outbox.isEmpty()) {
            try {
                String first = outbox.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                var batch = new java.util.LinkedHashSet<String>();
                batch.add(first);
                outbox.drainTo(batch, 200);
                for (String payload : batch) {
                    jdbc.sql("select pg_notify(:channel, :payload)").param("channel", CHANNEL)
                            .param("payload", payload).query().singleRow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // a lost signal costs a stale page until the next change; a dead sender would cost all of them
                log.warn("Could not send a live signal: {}", e.getMessage());
                sleep(500);
            }
        }
    }

    void deliver(String payload) {
        var parts = payload.split(String.valueOf(SEP), -1);
        if (parts.length < 4) {
            return;
        }
        String topic = parts[1];
        switch (parts[0]) {
            case "S" -> {
                var signal = new Signal(topic, parts[2], parts[3]);
                for (var listener : listeners.getOrDefault(topic, List.of())) {
                    safely(() -> listener.accept(signal));
                }
            }
            case "J" -> {
                var viewer = new Viewer(parts[2], parts[3]);
                boolean isNew = seen(topic, viewer);
                if (isNew) {
                    // a newcomer learns who is already here from our answers
                    localViewers.getOrDefault(topic, Map.of()).values().forEach(v -> sendPresence("H", topic, v));
                }
            }
            case "H" -> seen(topic, new Viewer(parts[2], parts[3]));
            case "L" -> gone(topic, parts[2]);
            default -> log.debug("Ignoring live message of kind {}", parts[0]);
        }
    }

    private boolean seen(String topic, Viewer viewer) {
        lastSeen.put(viewer.id(), System.nanoTime());
        boolean[] added = {false};
        viewers.compute(topic, (t, here) -> {
            added[0] = here == null || !here.containsKey(viewer.id());
            return withEntry(here, viewer.id(), viewer);
        });
        if (added[0]) {
            firePresence(topic);
        }
        return added[0];
    }

    private void gone(String topic, String viewerId) {
        lastSeen.remove(viewerId);
        boolean[] removed = {false};
        viewers.computeIfPresent(topic, (t, here) -> {
            removed[0] = here.containsKey(viewerId);
            return withoutKey(here, viewerId);
        });
        if (removed[0]) {
            firePresence(topic);
        }
    }

    private void firePresence(String topic) {
        var now = Set.copyOf(viewers.getOrDefault(topic, Map.of()).values());
        presenceListeners.getOrDefault(topic, Map.of()).forEach((viewerId, listener) -> {
            var others = now.stream().filter(v -> !v.id().equals(viewerId)).collect(Collectors.toUnmodifiableSet());
            safely(() -> listener.accept(others));
        });
    }

    private static void safely(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            log.warn("A live listener failed: {}", e.toString());
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace(SEP, ' ');
    }

    @Override
    public void start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("factdesk-live").start(this::listen);
        sender = Thread.ofPlatform().daemon().name("factdesk-live-sender").start(this::send);
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (var c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (var statement = c.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                var pg = c.unwrap(PGConnection.class);
                backoff = 500;
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(500);
                    if (notifications != null) {
                        for (var n : notifications) {
                            deliver(n.getParameter());
                        }
                    }
                    heartbeat();
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Live updates paused, reconnecting in {} ms: {}", backoff, e.getMessage());
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 10_000);
                }
            }
        }
    }

    private void heartbeat() {
        long now = System.nanoTime();
        if (now - lastHeartbeat < HEARTBEAT_SECONDS * 1_000_000_000L) {
            return;
        }
        lastHeartbeat = now;
        localViewers.forEach((topic, here) -> here.values().forEach(v -> sendPresence("H", topic, v)));
        viewers.forEach((topic, here) -> here.keySet().stream()
                .filter(id -> {
                    Long seen = lastSeen.get(id);
                    return seen == null || now - seen > FORGET_SECONDS * 1_000_000_000L;
                })
                .toList()
                .forEach(id -> gone(topic, id)));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        for (var t : new Thread[] {sender, thread}) {
            if (t != null) {
                try {
                    t.join(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // stop before the data source closes, start after it exists
        return Integer.MAX_VALUE - 100;
    }
}
