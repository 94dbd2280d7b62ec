package org.factdesk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("frontend/factdesk.css")
public class FactdeskApplication implements AppShellConfigurator {

    @Override
    public void configurePage(com.vaadin.flow.server.AppShellSettings settings) {
        settings.addFavIcon("icon", "frontend/favicon.svg", "any");
    }

    public static void main(String[] args) {
        SpringApplication.run(FactdeskApplication.class, args);
    }
}
