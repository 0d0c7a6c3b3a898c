package org.pacto.platform.web.apidoc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The stable problem codes, read from the {@code problem.<code>} keys of every module's Spanish bundle
 * (docs/CONVENTIONS.md: "the message of code x is the key problem.x"), so that a module's new code is
 * listed in the document as soon as its message exists.
 */
final class ProblemCodes {

    /** Keys under {@code problem.} that name a message, not a code an answer carries. */
    private static final Set<String> NOT_CODES = Set.of("no-such-page", "unreadable", "form-expired");

    private ProblemCodes() {
    }

    static SortedSet<String> all() {
        SortedSet<String> codes = new TreeSet<>();
        codes.add("unreadable-request");
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*/messages.properties")) {
                Properties keys = new Properties();
                try (InputStream in = bundle.getInputStream()) {
                    keys.load(in);
                }
                for (String key : keys.stringPropertyNames()) {
                    if (key.startsWith("problem.") && !key.startsWith("problem.title.")) {
                        String code = key.substring("problem.".length());
                        if (!NOT_CODES.contains(code)) {
                            codes.add(code);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }
}
