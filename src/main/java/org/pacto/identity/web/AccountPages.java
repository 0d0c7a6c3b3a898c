package org.pacto.identity.web;

import java.util.Locale;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.Role;
import org.pacto.identity.account.Membership;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-in, joining by invitation, password reset, the profile with its API tokens. */
@PageController
class AccountPages {

    private final Membership membership;
    private final Actors actors;

    AccountPages(Membership membership, Actors actors) {
        this.membership = membership;
        this.actors = actors;
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/join/{secret}")
    String join(@PathVariable String secret, Model model) {
        var invitation = membership.invitation(secret);
        model.addAttribute("valid", invitation.isPresent());
        invitation.ifPresent(i -> {
            model.addAttribute("email", i.email());
            model.addAttribute("role", i.role().code());
            model.addAttribute("organisation", actors.organisation(i.organisation()).map(o -> o.name()).orElse(""));
        });
        model.addAttribute("secret", secret);
        return "identity/join";
    }

    @PostMapping("/join/{secret}")
    String accept(@PathVariable String secret, @RequestParam(defaultValue = "") String name,
                  @RequestParam(defaultValue = "") String password, Model model, RedirectAttributes redirect) {
        try {
            membership.accept(secret, name, password);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("name", name);
            return join(secret, model);
        }
        redirect.addAttribute("joined", "");
        return "redirect:/login";
    }

    @GetMapping("/password/forgot")
    String forgot() {
        return "identity/forgot";
    }

    @PostMapping("/password/forgot")
    String requestReset(@RequestParam(defaultValue = "") String email, Locale locale, Model model) {
        membership.requestPasswordReset(email, locale);
        model.addAttribute("sent", true);
        return "identity/forgot";
    }

    @GetMapping("/password/reset/{secret}")
    String reset(@PathVariable String secret, Model model) {
        model.addAttribute("valid", membership.resetUsable(secret));
        model.addAttribute("secret", secret);
        return "identity/reset";
    }

    @PostMapping("/password/reset/{secret}")
    String doReset(@PathVariable String secret, @RequestParam(defaultValue = "") String password, Model model) {
        try {
            membership.resetPassword(secret, password);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            return reset(secret, model);
        }
        return "redirect:/login?reset";
    }

    @GetMapping("/profile")
    @PreAuthorize("isAuthenticated()")
    String profile(Model model) {
        Actor actor = actors.current().orElseThrow();
        model.addAttribute("actor", actor);
        model.addAttribute("roles", actor.roles().stream().map(Role::code).sorted().toList());
        model.addAttribute("organisation", actors.organisation(actor.organisation()).orElseThrow());
        model.addAttribute("tokens", membership.tokens(actor.person()));
        boolean staff = actor.has(Role.SECRETARIAT) || actor.has(Role.ADMIN);
        model.addAttribute("canInvite", actor.has(Role.FOCAL_POINT) || staff);
        model.addAttribute("inviteOrganisations", staff ? actors.organisations() : java.util.List.of());
        return "identity/profile";
    }

    @PostMapping("/profile/tokens")
    @PreAuthorize("isAuthenticated()")
    String createToken(@RequestParam(defaultValue = "") String name, Model model) {
        Actor actor = actors.current().orElseThrow();
        try {
            model.addAttribute("newToken", membership.createToken(actor.person(), name));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        }
        return profile(model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revoke(@PathVariable java.util.UUID id) {
        membership.revokeToken(actors.current().orElseThrow().person(), id);
        return "redirect:/profile?revoked";
    }

    @PostMapping("/profile/invitations")
    @PreAuthorize("hasAnyRole('FOCAL_POINT', 'SECRETARIAT', 'ADMIN')")
    String invite(@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "member") String role,
                  @RequestParam(required = false) String organisation, Locale locale, Model model) {
        Actor actor = actors.current().orElseThrow();
        try {
            Role chosen = Role.fromCode(role).orElseThrow(() -> new InvalidInputException(
                    new InvalidInputException.FieldProblem("role", "unknown-role")));
            OrganisationId target = organisation == null || organisation.isBlank() ? actor.organisation()
                    : OrganisationId.of(organisation);
            membership.invite(actor, target, email, chosen, locale);
            model.addAttribute("invited", email);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("inviteEmail", email);
        }
        return profile(model);
    }
}
