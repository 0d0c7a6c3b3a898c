package org.pacto.services.web;

import java.util.List;
import java.util.Map;
import org.pacto.platform.Language;
import org.pacto.services.domain.ServicePointSearch;
import org.pacto.taxonomy.ObjectiveLinks;
import org.springframework.stereotype.Component;

/**
 * Each objective's page lists the service points that answer it (seed 004, actions of local authorities):
 * information points for objective 3, registration and documentation for 4, protection and referral for 7,
 * basic services for 15, reintegration of returnees for 21.
 */
@Component
class ServiceObjectiveLinks implements ObjectiveLinks {

    private static final Map<Integer, List<String>> SERVICES = Map.of(
            3, List.of("information"),
            4, List.of("registration-card", "documentation", "consular-services"),
            7, List.of("child-protection", "gender-based-violence-response", "psychosocial-support", "shelter"),
            15, List.of("health-care", "education", "food", "intercultural-mediation", "legal-advice"),
            21, List.of("returnee-reintegration"));

    private final ServicePointSearch search;

    ServiceObjectiveLinks(ServicePointSearch search) {
        this.search = search;
    }

    @Override
    public String sectionKey() {
        return "objective.section.services";
    }

    @Override
    public List<Link> linkedTo(int objective, Language language) {
        List<String> services = SERVICES.get(objective);
        if (services == null) {
            return List.of();
        }
        return search.offering(services, 20).stream()
                .map(p -> new Link(p.name(), "/services/points/" + p.id(), p.locality() + " · " + p.operatorName()))
                .toList();
    }
}
