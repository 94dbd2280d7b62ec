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

    @Autowired org.factdesk.review.DiscussionService discussion;
    @Autowired org.factdesk.review.ReviewService reviews;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void a_backups_people_are_names_not_accounts_here_and_its_published_claims_come_in_for_review() throws IOException {
        // the archive names an account that exists here, as a forged archive would name the admin
        var reviewed = reportFixtures.reviewedProject("Impostor desk", "imp-owner");
        byte[] archive = backup(reviewed.project());
        fixtures.user("imp-restorer");
        fixtures.signIn("imp-restorer");

        var restored = archives.restore(new ByteArrayInputStream(archive));

        long impOwner = jdbc.sql("select id from app_user where login = 'imp-owner'").query(Long.class).single();
        for (String[] column : new String[][] {{"claim_review", "verdict_by"}, {"claim_review", "updated_by"},
                {"claim", "created_by"}, {"comment", "author_id"}, {"review_revision", "actor_id"},
                {"claim_revision", "actor_id"}, {"claim_publication", "actor_id"}}) {
            String project = column[0].equals("claim") || column[0].equals("claim_review")
                    || column[0].equals("claim_publication") ? "t.project_id = :project"
                    : "t.claim_id in (select id from claim where project_id = :project)";
            assertThat(jdbc.sql("select count(*) from " + column[0] + " t where " + project + " and t." + column[1]
                    + " = :user").param("project", restored.id().value()).param("user", impOwner)
                    .query(Integer.class).single()).as(column[0] + "." + column[1]).isZero();
        }
        var claim = claims.forDocument(claims.find(restored.id(), ClaimQuery.all(), org.factdesk.claim.ClaimSort.NEWEST,
                0, 500).stream().filter(r -> r.quote().equals(reviewed.published().data().quote())).findFirst()
                .orElseThrow().documentId()).stream().filter(c -> c.data().quote().equals(reviewed.published().data()
                .quote())).findFirst().orElseThrow();
        assertThat(claim.data().status()).isEqualTo(org.factdesk.claim.ClaimStatus.NEEDS_REVIEW);
        assertThat(reviews.publication(claim.id())).as("not this desk's public statement yet").isEmpty();
        assertThat(discussion.comments(claim.id()).getFirst().author()).isEqualTo("Imp-owner, restored from backup");
        assertThat(reviews.history(claim.id())).extracting(org.factdesk.review.ReviewRevision::actor)
                .contains("Imp-owner, restored from backup").doesNotContain("Imp-owner");

        assertThat(restored.name()).isEqualTo("Impostor desk");
        assertThat(archives.restore(new ByteArrayInputStream(archive)).name()).as("a second copy says what it is")
                .isEqualTo("Impostor desk (restored)");
        assertThatThrownBy(() -> archives.restore(new ByteArrayInputStream(archive),
                new RestoreOptions(Map.of("imp-owner", "imp-restorer"), false)))
                .isInstanceOf(org.factdesk.base.PermissionDeniedException.class).hasMessageContaining("admin");
    }

    @Test
    void export_import_export_is_identical_apart_from_ids_and_timestamps() throws IOException {
        var reviewed = reportFixtures.reviewedProject("Round trip", "ar-owner");
        byte[] first = backup(reviewed.project());
        // an admin who maps the archive's people to their accounts, and keeps what was published, gets it all back
        fixtures.admin("ar-admin");
        fixtures.signIn("ar-admin");
        var restored = archives.restore(new ByteArrayInputStream(first),
                new RestoreOptions(Map.of("ar-owner", "ar-owner"), true));
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
        assertThat(dataB.path("tables").path("claim")).hasSize(reviewed.claims());
        assertThat(dataB.path("tables").path("comment")).hasSize(1);
        // the restorer is the new project's owner, so the second archive names them too
        assertThat(dataB.path("users").toString()).contains("\"login\":\"ar-admin\"");
        ((ObjectNode) dataB).set("users", dataA.path("users"));
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

    /** The archive with one value of the first row of a table changed, its originals kept. */
    static byte[] forged(byte[] archive, String table, String column, Object value) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            ObjectNode data = (ObjectNode) JSON.readTree(entries(archive).get(ProjectArchiveService.DATA));
            var row = (ObjectNode) data.path("tables").path(table).get(0);
            if (value instanceof Long number) {
                row.put(column, number);
            } else {
                row.put(column, String.valueOf(value));
            }
            zip.putNextEntry(new ZipEntry(ProjectArchiveService.DATA));
            zip.write(data.toString().getBytes(StandardCharsets.UTF_8));
            for (var e : entries(archive).entrySet()) {
                if (e.getKey().startsWith("originals/")) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    zip.write(e.getValue());
                }
            }
        }
        return out.toByteArray();
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
        byte[] dangling = forged(good, "claim", "document_id", 987654321L);
        var plainText = "just some notes".getBytes(StandardCharsets.UTF_8);
        // a forged link: reports and the claim page write these as links
        var scriptLinks = new ArrayList<byte[]>();
        for (String[] forged : new String[][] {{"document", "url"}, {"evidence", "url"}, {"evidence", "archived_url"},
                {"review_settings", "publisher_url"}, {"review_settings", "public_url_base"}}) {
            scriptLinks.add(forged(good, forged[0], forged[1], "javascript:alert(document.cookie)"));
        }

        // a 450 MB original in a small file: refused at its cap, never held whole (ArchiveRestore reads a stream)
        var bomb = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry(ProjectArchiveService.DATA));
            zip.write(entries(good).get(ProjectArchiveService.DATA));
            for (var e : entries(good).entrySet()) {
                if (e.getKey().startsWith("originals/")) {
                    zip.putNextEntry(new ZipEntry(e.getKey()));
                    byte[] zeros = new byte[1024 * 1024];
                    for (int i = 0; i < 450; i++) {
                        zip.write(zeros);
                    }
                    break;
                }
            }
        }
        assertThat(bomb.size()).isLessThan(2 * 1024 * 1024);

        var bads = new ArrayList<byte[]>(List.of(truncated, corrupt, foreign.toByteArray(), missingOriginal.toByteArray(),
                dangling, plainText, bomb.toByteArray()));
        bads.addAll(scriptLinks);
        for (byte[] bad : bads) {
            assertThatThrownBy(() -> archives.restore(new ByteArrayInputStream(bad)))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageMatching("(?s).*(not a Factdesk backup|damaged or incomplete|incomplete|larger than).*");
        }
        assertThat(fixtures.count("project")).isEqualTo(projectsBefore);
        assertThat(fixtures.count("claim")).isEqualTo(claimsBefore);
    }
}
