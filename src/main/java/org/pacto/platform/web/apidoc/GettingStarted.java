package org.pacto.platform.web.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * The "getting started" examples of the reference page, read from {@code apidoc/getting-started.sh}: the
 * same file the test runs, so what the page shows is what was executed (see the file's header for its form).
 */
final class GettingStarted {

    static final String SOURCE = "apidoc/getting-started.sh";

    /**
     * One step: its key (for its title and explanation), the command as shown, and what the test expects
     * of it (no status: a step the reader does by hand, such as setting variables).
     */
    record Example(String step, String command, @Nullable Integer expectedStatus, @Nullable String expectedText) {
    }

    private GettingStarted() {
    }

    static List<Example> examples() {
        String text;
        try (InputStream in = new ClassPathResource(SOURCE).getInputStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> examples = new ArrayList<>();
        String step = null;
        StringBuilder command = new StringBuilder();
        Integer status = null;
        String expected = null;
        for (String line : (text + "\n### end").split("\n")) {
            if (line.startsWith("### ")) {
                if (step != null) {
                    examples.add(new Example(step, command.toString().strip(), status, expected));
                }
                step = line.substring(4).strip();
                command.setLength(0);
                status = null;
                expected = null;
            } else if (step == null) {
                continue;
            } else if (line.startsWith("# expect ")) {
                String[] parts = line.substring("# expect ".length()).split(" ", 2);
                status = Integer.valueOf(parts[0]);
                expected = parts.length > 1 ? parts[1].strip().replaceAll("^\"|\"$", "") : null;
            } else if (!line.startsWith("#")) {
                command.append(line).append('\n');
            }
        }
        return List.copyOf(examples);
    }
}
