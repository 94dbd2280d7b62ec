package org.factdesk;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at a fresh database on {@link TestDatabase}. The customizer is
 * the same for all test classes, so Spring's context cache still shares one context among them.
 */
public class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        return new Customizer();
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            var database = TestDatabase.get().newDatabase();
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("factdesk-test-database", Map.of(
                    "spring.datasource.url", database.url(),
                    "spring.datasource.username", database.user(),
                    "spring.datasource.password", database.password(),
                    "factdesk.data-dir", TestDatabase.get().dataDir().toString(),
                    "factdesk.demo", "false",
                    // a context waiting in Spring's cache keeps one connection, not ten (idle ones close after 15 s):
                    // the suite's dozen contexts (module tests, property variants) otherwise outgrow PostgreSQL's
                    // 100 ("too many clients")
                    "spring.datasource.hikari.minimum-idle", "1",
                    "spring.datasource.hikari.idle-timeout", "15000",
                    // tests serve URL imports from a local HTTP server; other private addresses stay refused
                    "factdesk.sources.url-allowlist", "127.0.0.1/32")));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
