package org.pacto.practices.web;

import java.util.Map;
import org.pacto.practices.search.PracticeSearch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Rebuilds the search index from PostgreSQL (admins). */
@RestController
class IndexAdmin {

    private final PracticeSearch search;

    IndexAdmin(PracticeSearch search) {
        this.search = search;
    }

    @PostMapping("/api/v1/admin/practices/reindex")
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    Map<String, Object> reindex() throws InterruptedException {
        long millis = search.reindex();
        return Map.of("indexed", search.indexed(), "millis", millis);
    }
}
