package org.factdesk.base;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code factdesk.*}. Environment variables bind by Spring's relaxed rules,
 * so {@code FACTDESK_DATA_DIR} sets {@code factdesk.data-dir}.
 *
 * @param dataDir where the embedded database and first-start files live
 * @param demo whether a first start creates the demo project; unset means "only with the embedded database"
 * @param adminPassword first-start password for the admin account (automated deployments)
 * @param adminToken first-start API token value for the admin account (automated deployments)
 */
@ConfigurationProperties("factdesk")
public record FactdeskProperties(Path dataDir, Boolean demo, String adminPassword, String adminToken) {

    public FactdeskProperties {
        if (dataDir == null) {
            dataDir = Path.of(System.getProperty("user.home"), ".factdesk");
        }
        dataDir = dataDir.toAbsolutePath().normalize();
    }
}
