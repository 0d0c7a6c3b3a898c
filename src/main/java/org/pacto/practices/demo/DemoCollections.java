package org.pacto.practices.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pacto.platform.Language;
import org.pacto.practices.domain.Practice;
import org.pacto.practices.domain.PracticeBook;
import org.pacto.practices.domain.PracticeCollections;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: two featured collections built from the seeds' published practices — local data and
 * observatories (objective 1) and local inclusion (objectives 15 and 16). Idempotent.
 */
@Component
@Order(31)
class DemoCollections implements ApplicationRunner {

    private static final int SIZE = 6;

    private final boolean demo;
    private final PracticeBook book;
    private final PracticeCollections collections;

    DemoCollections(@Value("${pacto.demo:false}") boolean demo, PracticeBook book, PracticeCollections collections) {
        this.demo = demo;
        this.book = book;
        this.collections = collections;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo) {
            return;
        }
        collections.seed("local-data", texts("Datos y observatorios locales", "Local data and observatories",
                        "Données et observatoires locaux", "Dados e observatórios locais"),
                texts("Prácticas que producen y usan datos sobre la migración en lo local (objetivo 1).",
                        "Practices that produce and use data on migration locally (objective 1).",
                        "Des pratiques qui produisent et utilisent des données sur la migration au niveau local "
                                + "(objectif 1).",
                        "Práticas que produzem e usam dados sobre a migração no nível local (objetivo 1)."),
                withObjectives(1));
        collections.seed("local-inclusion", texts("Inclusión en lo local", "Inclusion at the local level",
                        "L'inclusion au niveau local", "Inclusão no nível local"),
                texts("Acceso a servicios básicos e inclusión plena de las personas migrantes (objetivos 15 y 16).",
                        "Access to basic services and full inclusion of migrants (objectives 15 and 16).",
                        "Accès aux services de base et pleine inclusion des personnes migrantes (objectifs 15 et 16).",
                        "Acesso a serviços básicos e plena inclusão das pessoas migrantes (objetivos 15 e 16)."),
                withObjectives(15, 16));
    }

    private List<Practice> withObjectives(int... objectives) {
        var byId = new LinkedHashMap<Object, Practice>();
        for (int objective : objectives) {
            book.publishedWithObjective(objective).forEach(p -> byId.putIfAbsent(p.id(), p));
        }
        return byId.values().stream().limit(SIZE).toList();
    }

    private static Map<Language, String> texts(String es, String en, String fr, String pt) {
        var map = new LinkedHashMap<Language, String>();
        Stream.of(Map.entry(Language.ES, es), Map.entry(Language.EN, en), Map.entry(Language.FR, fr),
                Map.entry(Language.PT, pt)).forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
