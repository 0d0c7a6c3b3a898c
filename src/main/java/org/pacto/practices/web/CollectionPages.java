package org.pacto.practices.web;

import org.pacto.platform.Language;
import org.pacto.platform.PageController;
import org.pacto.practices.domain.PracticeCollections;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A collection's page: its texts and its published practices, in order. */
@PageController
class CollectionPages {

    private final PracticeCollections collections;

    CollectionPages(PracticeCollections collections) {
        this.collections = collections;
    }

    @GetMapping("/practices/collections/{id}")
    String collection(@PathVariable String id, Model model) {
        Language language = PracticePages.language();
        var shown = collections.one(id);
        model.addAttribute("collection", CollectionsApi.view(shown, language));
        model.addAttribute("summaries", shown.practices().stream().map(p -> p.translations()
                .getOrDefault(language.code(), java.util.Map.of()).getOrDefault("summary", p.summary())).toList());
        return "practices/collection";
    }
}
