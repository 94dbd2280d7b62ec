package org.factdesk;

import java.util.List;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Empties every application table before a test class, so classes sharing a context never see each
 * other's rows, and makes the static security context holder that of the class's context.
 */
public class CleanDatabaseExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        var spring = SpringExtension.getApplicationContext(context);
        // Every application context started in this JVM (a second test context, the apps that
        // EmbeddedModeIntegrationTest starts) makes its own strategy the static one; Spring Security's
        // filters and method checks use their context's. Point the static holder, which fixtures and
        // the API token filter use, back at this class's context.
        spring.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        var jdbc = spring.getBean(JdbcClient.class);
        // background work of the previous class (linking its claims, say) must not hold rows while they are emptied
        var scheduler = spring.getBeanProvider(com.github.kagkarlsson.scheduler.Scheduler.class).getIfAvailable();
        if (scheduler != null) {
            scheduler.pause();
            long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
            while (!scheduler.getCurrentlyExecuting().isEmpty() && System.nanoTime() < until) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        try {
            truncate(jdbc);
        } finally {
            if (scheduler != null) {
                scheduler.resume();
            }
        }
    }

    private static void truncate(JdbcClient jdbc) {
        List<String> tables = jdbc.sql("""
                        select quote_ident(tablename) from pg_tables
                        where schemaname = current_schema() and tablename <> 'flyway_schema_history'
                        """)
                .query(String.class)
                .list();
        if (!tables.isEmpty()) {
            jdbc.sql("truncate table " + String.join(", ", tables) + " restart identity cascade").update();
        }
    }
}
