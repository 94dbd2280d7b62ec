package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.resource.InputStreamSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every exported annotation against every assertion of the W3C Web Annotation test suite's
 * {@code annotations/annotationMusts.test}, with the suite's own draft-04 JSON Schemas from {@code ../shared}.
 */
@FactdeskIntegrationTest
class WebAnnotationConformanceTest {

    static final Path SUITE = org.factdesk.SharedTestData.ROOT.resolve("w3c-web-annotation-tests");
    static final String BASE = "https://w3c-annotation-tests.invalid/";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired ReportService reports;
    @Autowired ReportFixtures reportFixtures;
    @Autowired Fixtures fixtures;
    @Autowired org.factdesk.link.LinkService links;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void every_exported_annotation_passes_every_must_of_the_w3c_test_suite() throws IOException {
        var reviewed = reportFixtures.reviewedProject("Annotations", "wa-owner");
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(60))
                .until(() -> links.pending(reviewed.project()) == 0);
        // at least one link, confirmed by hand: the statement's published claim conflicts with a seed's
        var link = links.create(reviewed.published().id(), reviewed.verdictOnly().id(),
                org.factdesk.link.LinkRelation.CONFLICTS);
        // every link not rejected, however many (a page of pairs holds at most 500)
        int linked = links.counts(reviewed.project()).values().stream()
                .mapToInt(byState -> byState.entrySet().stream()
                        .filter(e -> e.getKey() != org.factdesk.link.LinkState.REJECTED).mapToInt(e -> e.getValue()).sum())
                .sum();
        var out = new ByteArrayOutputStream();
        reports.export(new ExportRequest(reviewed.project(), ExportFormat.W3C, ClaimQuery.all(), ExportOptions.everything()),
                out, ExportProgress.NONE);
        JsonNode collection = JSON.readTree(out.toByteArray());
        assertThat(collection.path("type").asString()).isEqualTo("AnnotationCollection");
        assertThat(collection.path("total").asInt()).isEqualTo(reviewed.claims() + linked);

        var annotations = new ArrayList<JsonNode>();
        for (JsonNode page = collection.path("first"); page.isObject(); page = page.path("next")) {
            assertThat(page.path("type").asString()).isEqualTo("AnnotationPage");
            page.path("items").forEach(annotations::add);
        }
        assertThat(annotations).hasSize(reviewed.claims() + linked);

        var assertions = musts();
        assertThat(assertions).hasSizeGreaterThan(50);
        var failures = new ArrayList<String>();
        for (JsonNode annotation : annotations) {
            String text = annotation.toString();
            for (var assertion : assertions.entrySet()) {
                boolean valid = assertion.getValue().schema().validate(text, InputFormat.JSON).isEmpty();
                if (valid != assertion.getValue().expectValid()) {
                    failures.add(annotation.path("id").asString() + " fails " + assertion.getKey());
                }
            }
        }
        assertThat(failures).isEmpty();

        JsonNode published = annotations.stream()
                .filter(a -> a.path("id").asString().endsWith(":claim:" + reviewed.published().id())).findFirst()
                .orElseThrow();
        assertThat(published.path("motivation").asString()).isEqualTo("assessing");
        assertThat(published.path("body").get(0).path("value").asString()).isEqualTo("Mostly false");
        assertThat(published.path("body").get(1).path("purpose").asString()).isEqualTo("commenting");
        var selectors = published.path("target").path("selector");
        assertThat(selectors.get(0).path("exact").asString()).isEqualTo(reviewed.published().data().quote());
        assertThat(selectors.get(1).path("type").asString()).isEqualTo("TextPositionSelector");
        assertThat(published.path("target").path("source").asString()).startsWith("urn:factdesk:");

        JsonNode linking = annotations.stream()
                .filter(a -> a.path("id").asString().endsWith(":link:" + link.id().value())).findFirst().orElseThrow();
        assertThat(linking.path("motivation").asString()).isEqualTo("linking");
        assertThat(linking.path("body").get(0).path("value").asString()).isEqualTo("Conflicts (confirmed)");
        assertThat(linking.path("target").size()).isEqualTo(2);
        assertThat(linking.path("target")).contains(published.path("target"));
        for (JsonNode target : linking.path("target")) {
            assertThat(target.path("type").asString()).isEqualTo("SpecificResource");
            assertThat(target.path("selector").get(0).path("type").asString()).isEqualTo("TextQuoteSelector");
        }
    }

    @Test
    void the_suite_catches_an_annotation_that_breaks_a_must() throws IOException {
        var broken = JSON.readTree("""
                {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:x:1", "type": "Annotation",
                 "body": "not a uri", "bodyValue": "both", "target": "urn:x:2"}
                """).toString();
        var failed = musts().values().stream().filter(a -> a.schema().validate(broken, InputFormat.JSON).isEmpty()
                != a.expectValid()).count();
        assertThat(failed).isPositive();
    }

    record Assertion(JsonSchema schema, boolean expectValid) {
    }

    /** The assertions named in annotationMusts.test, each compiled with the suite's shared definitions. */
    static Map<String, Assertion> musts() throws IOException {
        var factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaLoaders(loaders -> loaders.add(iri -> {
                    String iriText = iri.toString();
                    if (!iriText.startsWith(BASE)) {
                        return null;
                    }
                    Path file = locate(iriText.substring(BASE.length()).replaceAll("#.*$", ""));
                    return file == null ? null : (InputStreamSource) () -> Files.newInputStream(file);
                })));
        JsonNode test = JSON.readTree(org.factdesk.SharedTestData.require(
                "w3c-web-annotation-tests/annotations/annotationMusts.test").toFile());
        var assertions = new LinkedHashMap<String, Assertion>();
        for (JsonNode name : test.path("assertions")) {
            String path = name.asString();
            JsonNode schemaJson = JSON.readTree(SUITE.resolve(path).toFile());
            boolean expectValid = !"invalid".equals(schemaJson.path("expectedResult").asString("valid"));
            assertions.put(path, new Assertion(factory.getSchema(SchemaLocation.of(BASE + path)), expectValid));
        }
        return assertions;
    }

    /** A schema by the path it was asked for, else by its name among the shared definitions, else anywhere in the suite. */
    private static Path locate(String relative) {
        Path direct = SUITE.resolve(relative);
        if (Files.isRegularFile(direct)) {
            return direct;
        }
        String name = Path.of(relative).getFileName().toString();
        Path definition = SUITE.resolve("definitions").resolve(name);
        if (Files.isRegularFile(definition)) {
            return definition;
        }
        try (Stream<Path> files = Files.walk(SUITE)) {
            return files.filter(f -> f.getFileName().toString().equals(name)).findFirst().orElse(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
