package org.pacto.identity.account;

import java.util.List;
import java.util.Optional;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationSummary;
import org.pacto.identity.Role;
import org.pacto.identity.security.SignedIn;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
@Transactional(readOnly = true)
class Directory implements Actors {

    private final OrganisationRepository organisations;
    private final PersonRepository people;

    Directory(OrganisationRepository organisations, PersonRepository people) {
        this.organisations = organisations;
        this.people = people;
    }

    @Override
    public Optional<Actor> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedIn signedIn) {
            return Optional.of(signedIn.actor());
        }
        return Optional.empty();
    }

    @Override
    public Optional<OrganisationSummary> organisation(OrganisationId id) {
        return organisations.findById(id.value()).filter(o -> !o.deleted()).map(Organisation::summary);
    }

    @Override
    public List<OrganisationSummary> organisations() {
        return organisations.findActive().stream().map(Organisation::summary).toList();
    }

    @Override
    public List<Actor> withRole(Role role) {
        return people.findActiveWithRole(role.code()).stream().map(Person::actor).toList();
    }

    @Override
    public Optional<Actor> byEmail(String email) {
        return people.findActiveByEmail(email).map(Person::actor);
    }
}
