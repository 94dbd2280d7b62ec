package org.factdesk.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.factdesk.job.JobInput;
import org.junit.jupiter.api.Test;

class ImportArchiveTest {

    @Test
    void an_entry_whose_name_holds_control_characters_is_refused_under_a_name_the_database_can_store() throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("a\u0000b\u0007.txt"));
            zip.write(GeneratedNews.bytes(1, 50));
            zip.putNextEntry(new ZipEntry("good.txt"));
            zip.write(GeneratedNews.bytes(2, 50));
        }

        var inputs = new ArrayList<JobInput>();
        new ImportArchive(new ByteArrayInputStream(out.toByteArray()), 1 << 20, 1 << 24).forEachRemaining(inputs::add);

        assertThat(inputs).extracting(JobInput::name).containsExactly("a?b?.txt", "good.txt");
        assertThat(inputs.getFirst().rejected()).contains("control characters");
        assertThat(inputs.getFirst().bytes()).isNull();
        assertThat(inputs.get(1).rejected()).isNull();
    }
}
