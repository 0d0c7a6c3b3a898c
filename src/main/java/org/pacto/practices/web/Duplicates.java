package org.pacto.practices.web;

import java.util.List;
import org.pacto.practices.domain.PracticeView;
import org.pacto.practices.search.PracticeSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Practices resembling one: the submitter's duplicate warning, and "similar practices" on a public page. */
@Component
class Duplicates {

    private static final Logger log = LoggerFactory.getLogger(Duplicates.class);

    private final PracticeSearch search;

    Duplicates(PracticeSearch search) {
        this.search = search;
    }

    record Similar(String id, String title, String status) {
    }

    /** Likely duplicates: a failing search never undoes a submission that was already recorded. */
    List<Similar> of(PracticeView practice, String display) {
        try {
            return search.similar(practice.title(), practice.id(), display).stream()
                    .map(h -> new Similar(h.id(), h.title(), h.status())).toList();
        } catch (RuntimeException e) {
            log.warn("Duplicate check failed for {}", practice.id(), e);
            return List.of();
        }
    }

    /** Published practices like this one. */
    List<Similar> published(PracticeView practice, String display) {
        return search.similar(practice.title() + " " + practice.summary(), practice.id(), display).stream()
                .filter(h -> h.status().startsWith("published"))
                .map(h -> new Similar(h.id(), h.title(), h.status())).toList();
    }
}
