package org.factdesk.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.base.FactdeskProperties;
import org.factdesk.base.database.DatabaseMode;
import org.factdesk.team.InitialAdminCreated;
import org.factdesk.team.ProjectService;
import org.factdesk.team.SystemTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * On a first start, gives the admin a project to explore: a fictional bridge collapse reported
 * by five sources that disagree on injuries, times, dates and even the mayor's name. The texts
 * are Factdesk's own writing, under {@code src/main/resources/demo}.
 */
@Component
class DemoProject {

    static final String NAME = "Demo: Marlow Street bridge collapse";
    private static final Logger log = LoggerFactory.getLogger(DemoProject.class);

    private record DemoSource(String file, DocumentData data) {
    }

    private static final List<DemoSource> SOURCES = List.of(
            new DemoSource("01-courier.txt", new DocumentData("Footbridge collapse injures 14 in Kestrel Bay",
                    "Kestrel Bay Courier", "Maren Olufsen", LocalDate.of(2026, 3, 4), null, SourceType.NEWS)),
            new DemoSource("02-wire.txt", new DocumentData("Twelve hurt as pedestrian bridge falls into canal",
                    "Northern Wire", null, LocalDate.of(2026, 3, 4), null, SourceType.NEWS)),
            new DemoSource("03-city-statement.txt", new DocumentData("Statement on the Marlow Street footbridge",
                    "Office of the Mayor of Kestrel Bay", null, LocalDate.of(2026, 3, 4), null, SourceType.STATEMENT)),
            new DemoSource("04-harbourside-voice.txt", new DocumentData("City Hall knew: bridge failed inspection",
                    "Harbourside Voice", null, LocalDate.of(2026, 3, 5), null, SourceType.SOCIAL)),
            new DemoSource("05-encyclopedia.txt", new DocumentData("Marlow Street footbridge",
                    "Open encyclopedia", null, null, null, SourceType.ENCYCLOPEDIA)));

    private final FactdeskProperties properties;
    private final DatabaseMode databaseMode;
    private final SystemTasks system;
    private final ProjectService projects;
    private final SourceImporter importer;
    private final DocumentService documents;

    DemoProject(FactdeskProperties properties, DatabaseMode databaseMode, SystemTasks system, ProjectService projects,
                SourceImporter importer, DocumentService documents) {
        this.properties = properties;
        this.databaseMode = databaseMode;
        this.system = system;
        this.projects = projects;
        this.importer = importer;
        this.documents = documents;
    }

    boolean enabled() {
        return properties.demo() != null ? properties.demo() : databaseMode == DatabaseMode.EMBEDDED;
    }

    /**
     * In the first start's transaction, as the new admin. Not a durable listener (decision 0024): a crash half-way rolls
     * the admin back with the demo, and the next start, finding no users, does both again.
     */
    @EventListener
    void on(InitialAdminCreated event) {
        if (!enabled()) {
            return;
        }
        system.runAs(event.adminId(), () -> {
            var project = projects.create(NAME, "A fictional story to try Factdesk on: five sources, "
                    + "conflicting figures, dates and names.");
            for (var source : SOURCES) {
                var result = importer.importOne(project.id(), ImportRequest.file(source.file(), "text/plain",
                        read(source.file())));
                if (!result.stored()) {
                    throw new IllegalStateException("Demo source " + source.file() + ": " + result.message());
                }
                // the parser finds most of this itself; the curated values make the demo exact
                var imported = documents.get(result.documentId());
                documents.updateMetadata(imported.id(), imported.version(), source.data(), "en");
            }
            log.info("Created the demo project \"{}\" with {} sources", NAME, SOURCES.size());
            return project;
        });
    }

    private static byte[] read(String file) {
        try (var in = new ClassPathResource("demo/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo text " + file + " is missing from the build", e);
        }
    }
}
