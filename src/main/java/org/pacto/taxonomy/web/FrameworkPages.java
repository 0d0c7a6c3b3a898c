package org.pacto.taxonomy.web;

import java.util.List;
import org.pacto.platform.Language;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.pacto.taxonomy.Framework;
import org.pacto.taxonomy.ObjectiveLinks;
import org.pacto.taxonomy.Scheme;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages of the framework: every objective and principle, and what is linked to each. */
@PageController
class FrameworkPages {

    private final Framework framework;
    private final List<ObjectiveLinks> links;

    FrameworkPages(Framework framework, List<ObjectiveLinks> links) {
        this.framework = framework;
        this.links = links;
    }

    @GetMapping("/objectives")
    String objectives(Model model) {
        model.addAttribute("objectives", framework.objectives(language()));
        return "taxonomy/objectives";
    }

    @GetMapping("/objectives/{number:\\d{1,2}}")
    String objective(@PathVariable int number, Model model) {
        Language language = language();
        var objective = framework.objective(number, language)
                .orElseThrow(() -> new NotFoundException("objective", number));
        model.addAttribute("objective", objective);
        model.addAttribute("previous", number > 1 ? number - 1 : null);
        model.addAttribute("next", number < 23 ? number + 1 : null);
        model.addAttribute("sections", links.stream()
                .map(l -> new Section(l.sectionKey(), l.linkedTo(number, language))).toList());
        return "taxonomy/objective";
    }

    @GetMapping("/principles")
    String principles(Model model) {
        model.addAttribute("principles", framework.principles(language()));
        return "taxonomy/principles";
    }

    @GetMapping("/principles/{code}")
    String principle(@PathVariable String code, Model model) {
        model.addAttribute("principle", framework.principle(code, language())
                .orElseThrow(() -> new NotFoundException("principle", code)));
        model.addAttribute("principles", framework.principles(language()));
        if (WHOLE_OF_SOCIETY.equals(code)) {
            // GCM paragraph 44's groups beside the Permanent Dialogue Mechanism's own list (seed 003, note 2).
            model.addAttribute("stakeholderGroups", framework.terms(Scheme.STAKEHOLDER_GROUP, language()));
            model.addAttribute("mechanismGroups", framework.terms(Scheme.DIALOGUE_MECHANISM_GROUP, language()));
        }
        return "taxonomy/principle";
    }

    /** GCM paragraph 15 (j): the principle that names who takes part in implementing the Compact. */
    private static final String WHOLE_OF_SOCIETY = "whole-of-society";

    private static Language language() {
        return Language.of(LocaleContextHolder.getLocale());
    }

    record Section(String key, List<ObjectiveLinks.Link> links) {
    }
}
