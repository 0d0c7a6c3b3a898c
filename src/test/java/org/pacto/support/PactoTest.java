package org.pacto.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole application over real HTTP on a random port, with demo content, against
 * the embedded PostgreSQL (or, in the external-db pass, the server named by PACTO_EXTERNAL_DB_URL).
 * All such tests share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {"pacto.demo=true", "pacto.early-database-start=false"})
@ContextConfiguration(initializers = TestDatabase.class)
@Tag("db")
public @interface PactoTest {
}
