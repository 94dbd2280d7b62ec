package org.factdesk.base.web;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ApiErrorReportValve} in the place of Tomcat's error page, before Tomcat starts. */
@Configuration(proxyBeanMethods = false)
class ApiTomcatConfiguration {

    @Bean
    TomcatContextCustomizer apiErrorReport() {
        return context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
            }
        };
    }
}
