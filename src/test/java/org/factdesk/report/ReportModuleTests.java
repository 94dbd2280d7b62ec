package org.factdesk.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.factdesk.CleanDatabaseExtension;
import org.factdesk.Fixtures;
import org.factdesk.claim.ClaimService;
import org.factdesk.review.ReviewData;
import org.factdesk.review.ReviewService;
import org.factdesk.source.SourceImporter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import tools.jackson.databind.json.JsonMapper;

/** The report module with what it depends on: a project's claims and verdicts come out in a JSON report. */
// review reaches report through events and SQL, which module detection does not count as a dependency
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "review")
@Import(Fixtures.class)
@ExtendWith(CleanDatabaseExtension.class)
class ReportModuleTests {

    @Autowired SourceImporter importer;
    @Autowired ClaimService claims;
    @Autowired ReviewService reviews;
    @Autowired ReportService reports;
    @Autowired org.factdesk.review.DiscussionService discussion;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void a_json_report_carries_each_claim_with_its_verdict() {
        var project = fixtures.project("Module", fixtures.user("pm-owner"));
        fixtures.signIn("pm-owner");
        var document = importer.importPasted(project, "Council statement",
                "The city council said on Tuesday that 14 people were injured in the fire at the Harbour Street depot.")
                .documentId();
        var claim = claims.forDocument(document).getFirst();
        long mixed = reviews.scale(project).byLabel("Mixed").orElseThrow().id();
        reviews.save(claim.id(), 0, new ReviewData(mixed, "The hospital counts 11.", null, null, List.of(), null, null));

        var out = new ByteArrayOutputStream();
        reports.export(new ExportRequest(project, ExportFormat.JSON, null, null), out, ExportProgress.NONE);

        var json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        var first = json.get("documents").get(0).get("claims").get(0);
        assertThat(first.get("quote").asString()).isEqualTo(claim.data().quote());
        assertThat(first.toString()).contains("Mixed").contains("The hospital counts 11.");
    }

    @Test
    void a_comment_on_the_claim_is_no_reply_and_a_reply_names_the_comment_it_answers() {
        var project = fixtures.project("Threads", fixtures.user("pm-threads"));
        fixtures.signIn("pm-threads");
        var document = importer.importPasted(project, "Council statement",
                "The city council said on Tuesday that 14 people were injured in the fire at the Harbour Street depot.")
                .documentId();
        var claim = claims.forDocument(document).getFirst();
        long mixed = reviews.scale(project).byLabel("Mixed").orElseThrow().id();
        reviews.save(claim.id(), 0, new ReviewData(mixed, "Counts differ.", null, null, List.of(), null, null));
        var first = discussion.comment(claim.id(), null, "Who counted the injured?");
        var reply = discussion.comment(claim.id(), first.id(), "The hospital did.");

        var out = new ByteArrayOutputStream();
        reports.export(new ExportRequest(project, ExportFormat.JSON, null, ExportOptions.everything()), out,
                ExportProgress.NONE);

        var comments = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8))
                .get("documents").get(0).get("claims").get(0).get("comments");
        assertThat(comments).hasSize(2);
        assertThat(comments.get(0).get("replyTo").isNull()).as(comments.get(0).toString()).isTrue();
        assertThat(comments.get(1).get("replyTo").asLong()).isEqualTo(first.id());
        assertThat(reply.id()).isNotEqualTo(first.id());
    }
}
