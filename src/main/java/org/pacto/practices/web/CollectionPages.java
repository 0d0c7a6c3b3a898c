package org.pacto.practices.web;

import org.pacto.platform.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A collection's page: its texts and its published practices, in order. */
@PageController
class CollectionPages {

    private final CollectionViews collections;

    CollectionPages(CollectionViews collections) {
        this.collections = collections;
    }

    @GetMapping("/practices/collections/{id}")
    String collection(@PathVariable String id, Model model) {
        model.addAttribute("collection", collections.one(id));
        return "practices/collection";
    }
}
