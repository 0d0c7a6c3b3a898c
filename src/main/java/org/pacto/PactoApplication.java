package org.pacto;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.FullyQualifiedAnnotationBeanNameGenerator;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Pacto: one platform on one Global Compact for Migration framework. Each direct sub-package is a
 * domain module; {@code platform} is the shared kernel every module may use.
 */
// Modules may name their classes alike (each has its own web.OpenData, demo loaders…): beans are
// named by their fully qualified class name so that modules never collide.
@SpringBootApplication(nameGenerator = FullyQualifiedAnnotationBeanNameGenerator.class)
@Modulithic(sharedModules = "platform")
@EnableAsync
public class PactoApplication {

    public static void main(String[] args) {
        // `./pacto run` checks once that the JVM accepts a freshly trained AOT cache (it reads the cache
        // before main): with this property the JVM starts, reaches main and exits without starting Pacto.
        if (Boolean.getBoolean("pacto.preflight")) {
            System.out.println("preflight ok");
            return;
        }
        SpringApplication.run(PactoApplication.class, args);
    }
}
