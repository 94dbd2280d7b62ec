package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.base.InvalidInputException;
import org.factdesk.claim.ClaimQuery;
import org.factdesk.claim.ClaimService;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

@FactdeskIntegrationTest
class ProjectArchiveIntegrationTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    /** What differs between two copies of a project by design: row ids, references to them, and times. */
    static final Set<String> VOLATILE = Set.of("id", "exportedAt", "project_id", "document_id", "claim_id", "verdict_id",
            "other_claim_id", "parent_id", "entity_id", "last_revision_id", "created_at", "updated_at", "at", "read_at", "resolved_at");

    @Autowired ProjectArchiveService archives;
    @Autowired ReportFixtures reportFixtures;
    @Autowired ClaimService claims;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    byte[] backup(ProjectId project) {
        var out = new ByteArrayOutputStream();
        archives.export(project, out);
        return out.toByteArray();
    }

    @Test
    void export_import_export_is_identical_apart_from_ids_and_timestamps() throws IOException {
        var reviewed = reportFixtures.reviewedProject("Round trip", "ar-owner");
        byte[] first = backup(reviewed.project());
        var restored = archives.restore(new ByteArrayInputStream(first));
        assertThat(restored.id()).isNotEqualTo(reviewed.project());
        assertThat(claims.count(restored.id(), ClaimQuery.all())).isEqualTo(reviewed.claims());
        byte[] second = backup(restored.id());

        var a = entries(first);
        var b = entries(second);
        assertThat(b.keySet()).hasSameSizeAs(a.keySet());
        var originalsA = a.entrySet().stream().filter(e -> e.getKey().startsWith("originals/")).map(e -> Arrays.hashCode(e.getValue())).sorted().toList();
        var originalsB = b.entrySet().stream().filter(e -> e.getKey().startsWith("originals/")).map(e -> Arrays.hashCode(e.getValue())).sorted().toList();
        assertThat(originalsB).hasSize(6).isEqualTo(originalsA);
        JsonNode dataA = normalised(JSON.readTree(a.get(ProjectArchiveService.DATA)));
        JsonNode dataB = normalised(JSON.readTree(b.get(ProjectArchiveService.DATA)));
        // the restorer already has a project of that name, so the copy says what it is
        assertThat(dataB.path("project").path("name").asString()).isEqualTo("Round trip (restored)");
        ((ObjectNode) dataB.path("project")).put("name", dataA.path("project").path("name").asString());
        assertThat(dataB.path("tables").path("claim")).hasSize(reviewed.claims());
        assertThat(dataB.path("tables").path("comment")).hasSize(1);
        assertThat(dataB).isEqualTo(dataA);
    }

    static JsonNode normalised(JsonNode node) {
        if (node instanceof ObjectNode object) {
            VOLATILE.forEach(object::remove);
            object.properties().forEach(e -> normalised(e.getValue()));
        } else if (node.isArray()) {
            node.forEach(ProjectArchiveIntegrationTest::normalised);
        }
        return node;
    }

    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        var entries = new LinkedHashMap<String, byte[]>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void corrupt_truncated_or_foreign_archives_are_refused_and_create_nothing() throws IOException {
        var reviewed = reportFixtures.reviewedProject("Refusals", "ar-refuser");
        byte[] good = backup(reviewed.project());
        long projectsBefore = fixtures.count("project");
        long claimsBefore = fixtures.count("claim");

        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        byte[] corrupt = good.clone();
        for (int i = 40; i < 400; i++) {
            corrupt[i] ^= 0x5A;
        }
        var foreign = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(foreign)) {
            zip.putNextEntry(new ZipEntry("factdesk-archive.json"));
            zip.write("{\"format\": \"someone-else\", \"tables\": {}}".getBytes(StandardCharsets.UTF_8));
        }
        var missingOriginal = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(missingOriginal)) {
            zip.putNextEntry(new ZipEntry(ProjectArchiveService.DATA));
            zip.write(entries(good).get(ProjectArchiveService.DATA));
        }
        var dangling = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(dangling)) {
            ObjectNode data = (ObjectNode) JSON.readTree(entries(good).get(ProjectArchiveService.DATA));
            ((ObjectNode) data.path("tables").path("claim").get(0)).put("document_id", 987654321L);
            zip.putNextEntry(new ZipEntry(ProjectArchiveService.DATA));
            zip.write(data.toString().getBytes(StandardCharsets.UTF_8));
            for (var e : entries(good).entrySet()) {
                if (e.getKey().startsWith("originals/")) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                }
            }
        }
        var plainText = "just some notes".getBytes(StandardCharsets.UTF_8);
        // a forged link: reports and the claim page write these as links
        var scriptLinks = new ArrayList<byte[]>();
        for (String[] forged : new String[][] {{"document", "url"}, {"evidence", "url"}, {"evidence", "archived_url"},
                {"review_settings", "publisher_url"}, {"review_settings", "public_url_base"}}) {
            var out = new ByteArrayOutputStream();
            try (var zip = new ZipOutputStream(out)) {
                ObjectNode data = (ObjectNode) JSON.readTree(entries(good).get(ProjectArchiveService.DATA));
                ((ObjectNode) data.path("tables").path(forged[0]).get(0)).put(forged[1], "javascript:alert(document.cookie)");
                zip.putNextEntry(new ZipEntry(ProjectArchiveService.DATA));
                zip.write(data.toString().getBytes(StandardCharsets.UTF_8));
                for (var e : entries(good).entrySet()) {
                    if (e.getKey().startsWith("originals/")) {
                        zip.putNextEntry(new ZipEntry(e.getKey()));
                        zip.write(e.getValue());
                    }
                }
            }
            scriptLinks.add(out.toByteArray());
        }

        var bads = new ArrayList<byte[]>(List.of(truncated, corrupt, foreign.toByteArray(), missingOriginal.toByteArray(),
                dangling.toByteArray(), plainText));
        bads.addAll(scriptLinks);
        for (byte[] bad : bads) {
            assertThatThrownBy(() -> archives.restore(new ByteArrayInputStream(bad)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageMatching("(?s).*(not a Factdesk backup|damaged or incomplete|incomplete).*");
        }
        assertThat(fixtures.count("project")).isEqualTo(projectsBefore);
        assertThat(fixtures.count("claim")).isEqualTo(claimsBefore);
    }
}
