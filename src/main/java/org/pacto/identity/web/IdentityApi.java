package org.pacto.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
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

@Tag(name = "identity", description = "Organisations, people and their roles: who the caller is, the register of organisations and invitations. API tokens are created on the profile page, not through the API.")
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

    @Operation(summary = "Who the token belongs to",
            description = "The person the bearer token acts for: name, e-mail address, roles and organisation. Needs a token (any role); it is the one operation that returns the caller's own e-mail address, and it never returns anyone else's.")
    @SecurityRequirement(name = "bearer")
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

    @Operation(summary = "List organisations",
            description = "Every registered organisation (name, kind, country, level): public. Removed organisations are not listed; people and their contacts never are.")
    @GetMapping("/organisations")
    List<OrganisationSummary> organisations() {
        return actors.organisations();
    }

    @Operation(summary = "Read one organisation",
            description = "One registered organisation by its id: public. 404 for an unknown or removed one.")
    @Parameter(name = "id", description = "The organisation's id.", schema = @Schema(format = "uuid"), example = "0b6a2f3e-5c1d-4e8f-9a7b-2c3d4e5f6a7b")
    @GetMapping("/organisations/{id}")
    OrganisationSummary organisation(@PathVariable String id) {
        return actors.organisation(parse(id)).orElseThrow(() -> new NotFoundException("organisation", id));
    }

    @Operation(summary = "Register an organisation",
            description = "Adds an organisation to the register. Secretariat or admin only. Answers 201 with the new id and its address in `Location`.")
    @PostMapping("/organisations")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    ResponseEntity<Map<String, String>> register(@RequestBody OrganisationBody body) {
        var id = registry.register(actors.current().orElseThrow(), body.details());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + id)).body(Map.of("id", id.toString()));
    }

    @Operation(summary = "Change an organisation",
            description = "Replaces an organisation's details (name, kind, country, level, locality, website). Secretariat or admin only; the change is audited.")
    @Parameter(name = "id", description = "The organisation's id.", schema = @Schema(format = "uuid"))
    @PutMapping("/organisations/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    OrganisationSummary update(@PathVariable String id, @RequestBody OrganisationBody body) {
        registry.update(actors.current().orElseThrow(), parse(id), body.details());
        return organisation(id);
    }

    @Operation(summary = "Remove an organisation",
            description = "Soft-deletes an organisation with a reason (`{\"reason\": \"…\"}`); its people lose access. Secretariat or admin only. Answers 204.")
    @Parameter(name = "id", description = "The organisation's id.", schema = @Schema(format = "uuid"))
    @DeleteMapping("/organisations/{id}")
    @PreAuthorize("hasAnyRole('SECRETARIAT', 'ADMIN')")
    ResponseEntity<Void> delete(@PathVariable String id, @RequestBody(required = false) @Nullable Reason reason) {
        Actor actor = actors.current().orElseThrow();
        registry.delete(actor, parse(id), reason == null || reason.reason() == null ? "" : reason.reason());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Invite a person",
            description = "Sends an invitation e-mail to join an organisation with a role (default `member`). A focal point invites to their own organisation; the secretariat and admins to any. Answers 202 the same whether the address already has an account or not, so it cannot be used to find out who is registered.")
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
