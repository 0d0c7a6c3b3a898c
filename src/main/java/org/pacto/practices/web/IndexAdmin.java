package org.pacto.practices.web;

import io.swagger.v3.oas.annotations.Operation;
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

    @Operation(summary = "Rebuild the search index",
            description = "Rebuilds the full-text index of practices from the database. Admin or secretariat only; search keeps answering meanwhile.")
    @PostMapping("/api/v1/admin/practices/reindex")
    @PreAuthorize("hasAnyRole('ADMIN', 'SECRETARIAT')")
    Reindexed reindex() throws InterruptedException {
        long millis = search.reindex();
        return new Reindexed(search.indexed(), millis);
    }

    record Reindexed(long indexed, long millis) {
    }
}
