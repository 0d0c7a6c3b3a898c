package org.pacto.identity.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.OrganisationSummary;
import org.pacto.identity.Role;
import org.pacto.identity.account.Membership;
import org.pacto.identity.account.OrganisationDetails;
import org.pacto.identity.account.OrganisationRegistry;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.InvalidInputException.FieldProblem;
import org.pacto.platform.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class IdentityApi {

    private final Actors actors;
    private final OrganisationRegistry registry;
    private final Membership membership;

    IdentityApi(Actors actors, OrganisationRegistry registry, Membership membership) {
        this.actors = actors;
        this.registry = registry;
        this.membership = membership;
    }

    @GetMapping("/me")
    Me me() {
        Actor actor = actors.current().orElseThrow(() -> new AccessDeniedException("not signed in"));
        // A person of a removed organisation has no working token or session; should one slip through, refuse.
        var organisation = actors.organisation(actor.organisation())
                .orElseThrow(() -> new AccessDeniedException("organisation removed"));
        return new Me(actor.email(), actor.name(), actor.roles().stream().map(Role::code).sorted().toList(),
                new OrganisationRef(organisation.id().toString(), organisation.name(), organisation.kind(),
                        organisation.country()));
    }

    @GetMapping("/organisations")
    List<OrganisationSummary> organisations() {
        return actors.organisations();
    }

    @GetMapping("/organisations/{id}")
    OrganisationSummary organisation(@PathVariable String id) {
        return actors.organisation(parse(id)).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    @PostMapping("/organisations")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    ResponseEntity<Map<String, String>> register(@RequestBody OrganisationBody body) {
        var id = registry.register(actors.current().orElseThrow(), body.details());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(Map.of("id", id.toString()));
    }

    @PutMapping("/organisations/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    OrganisationSummary update(@PathVariable String id, @RequestBody OrganisationBody body) {
        registry.update(actors.current().orElseThrow(), parse(id), body.details());
        return organisation(id);
    }

    @DeleteMapping("/organisations/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestBody(required = false) @Nullable Reason reason) {
        Actor actor = actors.current().orElseThrow();
        registry.delete(actor, parse(id), reason == null || reason.reason() == null ? "" : reason.reason());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/invitations")
    @PreAuthorize("hasAnyRole('FOCAL_POINT', 'SECRETARIAT', 'ADMIN')")
    ResponseEntity<Map<String, String>> invite(@RequestBody InvitationBody body) {
        Actor actor = actors.current().orElseThrow();
        Role role = Role.fromCode(body.role() == null ? "member" : body.role())
                .orElseThrow(() -> new InvalidInputException(new FieldProblem("role", "unknown-role")));
        OrganisationId organisation = body.organisation() == null ? actor.organisation() : parse(body.organisation());
        membership.invite(actor, organisation, body.email() == null ? "" : body.email(), role,
                LocaleContextHolder.getLocale());
        // The same answer whether the address already has an account or not (the mail says what to do).
        return ResponseEntity.accepted().body(Map.of("status", "invited"));
    }

    private static OrganisationId parse(String id) {
        try {
            return OrganisationId.of(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("organisation", id);
        }
    }

    record Me(String email, String name, List<String> roles, OrganisationRef organisation) {
    }

    record OrganisationRef(String id, String name, String kind, @Nullable String country) {
    }

    record Reason(@Nullable String reason) {
    }

    record InvitationBody(@Nullable String email, @Nullable String role, @Nullable String organisation) {
    }

    record OrganisationBody(@Nullable String name, @Nullable String kind, @Nullable String country,
                            @Nullable String level, @Nullable String locality, @Nullable String website,
                            @Nullable Boolean internal) {
        OrganisationDetails details() {
            return new OrganisationDetails(name == null ? "" : name, kind == null ? "" : kind,
                    country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT),
                    level == null ? "" : level, locality, website, Boolean.TRUE.equals(internal));
        }
    }

}
