package org.factdesk.job;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.env.Environment;

/**
 * Another Factdesk, in a JVM of its own, on the test context's database: the second instance of the crash and
 * sharing tests and benchmarks. Its workers are known to the engine by {@code name} ({@code picked_by}).
 */
final class FactdeskInstance {

    private FactdeskInstance() {
    }

    static Process start(Environment test, String name, String... settings) throws IOException {
        Path dir = Files.createTempDirectory("factdesk-" + name);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.factdesk.FactdeskApplication",
                "--spring.datasource.url=" + test.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + test.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + test.getProperty("spring.datasource.password"),
                "--server.port=0", "--factdesk.data-dir=" + dir, "--factdesk.demo=false",
                "--db-scheduler.scheduler-name=" + name));
        command.addAll(List.of(settings));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(new File("target", "instance-" + name + ".log")).start();
    }
}
