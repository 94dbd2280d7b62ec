package org.factdesk.base.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.factdesk.base.FactdeskProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Two modes. With {@code spring.datasource.url} (or {@code FACTDESK_DB_URL}) set, Factdesk uses
 * that server and starts none of its own. Without it, Factdesk runs an embedded PostgreSQL.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedMode.class)
    EmbeddedPostgresServer embeddedPostgresServer(FactdeskProperties properties) {
        return EmbeddedPostgresServer.start(properties.dataDir());
    }

    @Bean
    @Conditional(EmbeddedMode.class)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource embeddedDataSource(EmbeddedPostgresServer server) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        // Not the superuser: the application (and Flyway) work as the role that owns the schema.
        dataSource.setUsername(server.appUser());
        dataSource.setPassword(server.appPassword());
        dataSource.setPoolName("factdesk-embedded");
        return dataSource;
    }

    @Bean
    @Conditional(ExternalMode.class)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource externalDataSource(DataSourceProperties properties) {
        requireReachable(properties.getUrl(), properties.getUsername(), properties.getPassword());
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    /**
     * Checked before the pool exists: the pool would log a page of stack trace, while an operator
     * needs one line that names the URL.
     */
    private static void requireReachable(String url, String user, String password) {
        DriverManager.setLoginTimeout(10);
        try (var ignored = DriverManager.getConnection(url, user, password)) {
            // reachable and the credentials work
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            boolean unreachable = state.startsWith("08") || e.getCause() instanceof java.io.IOException;
            if (unreachable) {
                throw new DatabaseUnreachableException(url, e.getMessage());
            }
            throw new DatabaseUnreachableException(url, "the server refused the connection: " + e.getMessage());
        }
    }

    @Bean
    DatabaseMode databaseMode(Environment environment) {
        return externalConfigured(environment) ? DatabaseMode.EXTERNAL : DatabaseMode.EMBEDDED;
    }

    static boolean externalConfigured(Environment environment) {
        return StringUtils.hasText(environment.getProperty("spring.datasource.url"));
    }

    static class EmbeddedMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !externalConfigured(context.getEnvironment());
        }
    }

    static class ExternalMode implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return externalConfigured(context.getEnvironment());
        }
    }
}
