package org.pacto.practices.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The Lucene index holds the text of unpublished practices: it is readable by Pacto's own user only (issue 16,
 * item 10). Before Hibernate Search opens it, its root is created (or corrected) with mode 0700 and every
 * directory below it 0700, every file 0600, and once more when Pacto is ready; files Lucene writes later sit
 * inside the private root, which no other user can enter.
 */
@Component
class PrivateIndexDirectory implements HibernatePropertiesCustomizer {

    private final Environment environment;

    PrivateIndexDirectory(Environment environment) {
        this.environment = environment;
    }

    /** Again once started: the directories and files Hibernate Search created while starting. */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        String root = environment.getProperty("spring.jpa.properties." + ROOT);
        if (root != null) {
            restrict(Path.of(root));
        }
    }

    static final String ROOT = "hibernate.search.backend.directory.root";
    private static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public void customize(Map<String, Object> hibernateProperties) {
        Object root = hibernateProperties.get(ROOT);
        if (root != null) {
            restrict(Path.of(root.toString()));
        }
    }

    static void restrict(Path root) {
        try {
            Files.createDirectories(root);
            if (!Files.getFileStore(root).supportsFileAttributeView("posix")) {
                return;
            }
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : (Iterable<Path>) paths::iterator) {
                    Files.setPosixFilePermissions(path, Files.isDirectory(path) ? DIRECTORY : FILE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the search index private: " + root, e);
        }
    }
}
