package org.pacto.platform.web.apidoc;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Redocly CLI, pinned, run through {@code npx} from the npm registry (.ci/run and ./pacto test install
 * node and npm from Debian's packages and fill npm's cache once). Without npx the check cannot run:
 * in CI ({@code CI=true}) that fails the build, on a developer's machine the test is skipped with a reason.
 */
final class Redocly {

    static final String VERSION = "2.77.0";

    record Result(int exit, String output) {
    }

    private Redocly() {
    }

    static Result run(List<String> arguments, Path stdout) throws IOException, InterruptedException {
        if (!onPath("npx")) {
            String why = "npx (node and npm) is needed to lint the API document with Redocly CLI " + VERSION
                    + ": apt-get install nodejs npm";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(why);
            }
            Assumptions.abort(why);
        }
        List<String> command = new ArrayList<>(List.of("npx", "--yes", "@redocly/cli@" + VERSION));
        command.addAll(arguments);
        Path stderr = Files.createTempFile("redocly", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("Redocly CLI did not finish in 5 minutes");
        }
        String output = Files.readString(stderr, StandardCharsets.UTF_8);
        Files.writeString(stdout.resolveSibling("redocly-lint.txt"), output);
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
