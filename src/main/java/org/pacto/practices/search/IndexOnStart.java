package org.pacto.practices.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The index is derived data: when it is empty (new or deleted directory) it is rebuilt from PostgreSQL. */
@Component
@Order(20)
class IndexOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IndexOnStart.class);
    private final PracticeSearch search;
    private final JdbcClient jdbc;

    IndexOnStart(PracticeSearch search, JdbcClient jdbc) {
        this.search = search;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        long stored = jdbc.sql("select count(*) from practices.practice").query(Long.class).single();
        if (stored > 0 && search.indexed() == 0) {
            long millis = search.reindex();
            log.info("Search index rebuilt from PostgreSQL: {} practices in {} ms", stored, millis);
        }
    }
}
