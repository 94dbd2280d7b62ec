package org.factdesk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.FactdeskIntegrationTest;
import org.factdesk.Fixtures;
import org.factdesk.source.BulkImports;
import org.factdesk.source.GeneratedNews;
import org.factdesk.source.ImportRequest;
import org.factdesk.team.ProjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@FactdeskIntegrationTest
class BulkImportIntegrationTest {

    @Autowired BulkImports imports;
    @Autowired JobService jobs;
    @Autowired Fixtures fixtures;

    @AfterEach
    void signOut() {
        fixtures.signOut();
    }

    @Test
    void many_files_are_imported_in_the_background_each_once_with_its_claims() {
        var project = signedInProject("bi-files");
        var files = IntStream.range(0, 60)
                .mapToObj(i -> ImportRequest.file("story-" + i + ".txt", "text/plain", GeneratedNews.bytes(i, 300)))
                .toList();

        var job = imports.files(project, files);
        var done = awaitFinished(job.id());

        assertThat(done.data().state()).isEqualTo(JobState.DONE);
        assertThat(jobs.progress(job.id())).isEqualTo(new JobProgress(60, 60, 0, 0, 0, 0));
        assertThat(fixtures.count("document")).isGreaterThanOrEqualTo(60);
        long withoutClaims = countDocumentsWithoutClaims(project);
        assertThat(withoutClaims).isZero();
        assertThat(jobs.items(job.id(), List.of(), 0, 100)).allSatisfy(item -> {
            assertThat(item.state()).isEqualTo(ItemState.DONE);
            assertThat(item.documentId()).isNotNull();
        });
        // the owner's bell hears of it, through a durable event handled after the job's transaction commits
        await().atMost(Duration.ofSeconds(20)).until(() -> fixtures.jdbc().sql("""
                        select message from notification where kind = 'JOB_FINISHED' and project_id = :p
                        """).param("p", project.value()).query(String.class).optional()
                .filter(m -> m.equals("Import \"60 files\" is done: 60 imported.")).isPresent());
    }

    @Test
    void a_zip_lands_only_its_good_files_and_says_why_each_bad_entry_was_refused() throws Exception {
        var project = signedInProject("bi-zip");
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            entry(zip, "good/one.txt", GeneratedNews.bytes(1001, 200));
            entry(zip, "good/deeper/two.md", GeneratedNews.bytes(1002, 200));
            entry(zip, "../../etc/passwd", "root:x:0:0".getBytes());
            entry(zip, "/absolute.txt", GeneratedNews.bytes(1003, 200));
            entry(zip, "empty.txt", new byte[0]);
            entry(zip, "picture.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
            entry(zip, "bomb.zip", nestedBomb());
            entry(zip, "good/again-one.txt", GeneratedNews.bytes(1001, 200));
        }

        var job = imports.archive(project, "leak.zip", new ByteArrayInputStream(out.toByteArray()));
        awaitFinished(job.id());

        var items = jobs.items(job.id(), List.of(), 0, 100);
        assertThat(items).extracting(JobItem::name, JobItem::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("good/one.txt", ItemState.DONE),
                org.assertj.core.groups.Tuple.tuple("good/deeper/two.md", ItemState.DONE),
                org.assertj.core.groups.Tuple.tuple("../../etc/passwd", ItemState.REJECTED),
                org.assertj.core.groups.Tuple.tuple("/absolute.txt", ItemState.REJECTED),
                org.assertj.core.groups.Tuple.tuple("empty.txt", ItemState.REJECTED),
                org.assertj.core.groups.Tuple.tuple("picture.png", ItemState.REJECTED),
                org.assertj.core.groups.Tuple.tuple("bomb.zip", ItemState.REJECTED),
                org.assertj.core.groups.Tuple.tuple("good/again-one.txt", ItemState.DUPLICATE));
        assertThat(items.get(2).message()).contains("leaves the archive");
        assertThat(items.get(4).message()).contains("empty");
        assertThat(items.get(6).message()).contains("archive inside the archive");
        assertThat(items.get(7).message()).contains("Same text as");
        assertThat(jobs.items(job.id(), List.of(ItemState.REJECTED), 0, 100)).hasSize(5);
    }

    @Test
    void after_cancel_returns_nothing_more_is_imported_and_what_was_imported_stays() {
        var project = signedInProject("bi-cancel");
        var job = imports.archive(project, "many.zip", new ByteArrayInputStream(GeneratedNews.zip(3000, 300)));
        await().pollInSameThread().pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(60))
                .until(() -> jobs.progress(job.id()).done() > 0);

        var cancelled = jobs.cancel(job.id());
        var afterCancel = jobs.progress(job.id());
        long documentsAfterCancel = documents(project);

        assertThat(cancelled.data().state()).isEqualTo(JobState.CANCELLED);
        assertThat(afterCancel.pending()).isZero();
        assertThat(afterCancel.done()).isEqualTo((int) documentsAfterCancel);
        assertThat(afterCancel.cancelled()).isPositive();
        await().pollInSameThread().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .until(() -> documents(project) == documentsAfterCancel);
        assertThat(countDocumentsWithoutClaims(project)).isZero();
    }

    private ProjectId signedInProject(String login) {
        var project = fixtures.project("Bulk " + login, fixtures.user(login));
        fixtures.signIn(login);
        return project;
    }

    private Job awaitFinished(JobId id) {
        await().pollInSameThread().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(200))
                .until(() -> jobs.get(id).data().state().finished());
        return jobs.get(id);
    }

    private long documents(ProjectId project) {
        return fixtures.jdbc().sql("select count(*) from document where project_id = :p").param("p", project.value())
                .query(Long.class).single();
    }

    private long countDocumentsWithoutClaims(ProjectId project) {
        return fixtures.jdbc().sql("""
                        select count(*) from document d where d.project_id = :p
                          and not exists (select 1 from claim c where c.document_id = d.id)
                        """).param("p", project.value()).query(Long.class).single();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws Exception {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** A ZIP whose one entry unpacks to 200 MB of zeros: never to be unpacked. */
    private static byte[] nestedBomb() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("zeros.txt"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
