package org.pacto.identity.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.pacto.identity.Actors;
import org.pacto.identity.OrganisationId;
import org.pacto.identity.Role;
import org.pacto.identity.account.Membership;
import org.pacto.platform.InvalidInputException;
import org.pacto.platform.NotFoundException;
import org.pacto.platform.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    /*
     * Joining and resetting: the mailed links end in "#<secret>", a fragment browsers never send. The page's script
     * (static/js/identity.js) posts the secret in a form body, or the person pastes it; no secret ever appears in
     * a request line, so none reaches access logs, proxies or error logs (issue 16, item 10).
     */

    @GetMapping("/join")
    String join(Model model) {
        model.addAttribute("step", "code");
        return "identity/join";
    }

    @PostMapping("/join")
    String join(@RequestParam(defaultValue = "") String secret, @RequestParam(required = false) @Nullable String name,
                @RequestParam(required = false) @Nullable String password, Model model) {
        if (password != null) {
            try {
                membership.accept(secret, name == null ? "" : name, password);
                return "redirect:/login?joined";
            } catch (InvalidInputException e) {
                model.addAttribute("problems", e.problems());
                model.addAttribute("name", name);
            } catch (NotFoundException e) {
                // an unusable link: shown as such below
            }
        }
        var invitation = membership.invitation(secret);
        model.addAttribute("step", "form");
        model.addAttribute("valid", invitation.isPresent());
        invitation.ifPresent(i -> {
            model.addAttribute("email", i.email());
            model.addAttribute("role", i.role().code());
            model.addAttribute("organisation", actors.organisation(i.organisation()).map(o -> o.name()).orElse(""));
            model.addAttribute("secret", secret);
        });
        return "identity/join";
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

    @GetMapping("/password/reset")
    String reset(Model model) {
        model.addAttribute("step", "code");
        return "identity/reset";
    }

    @PostMapping("/password/reset")
    String reset(@RequestParam(defaultValue = "") String secret, @RequestParam(required = false) @Nullable String password,
                 @RequestParam(defaultValue = "false") boolean revokeTokens, Model model) {
        if (password != null) {
            try {
                membership.resetPassword(secret, password, revokeTokens);
                return "redirect:/login?reset";
            } catch (InvalidInputException e) {
                model.addAttribute("problems", e.problems());
            } catch (NotFoundException e) {
                // an unusable link: shown as such below
            }
        }
        boolean valid = membership.resetUsable(secret);
        model.addAttribute("step", "form");
        model.addAttribute("valid", valid);
        model.addAttribute("secret", valid ? secret : "");
        return "identity/reset";
    }

    @GetMapping("/profile")
    @PreAuthorize("isAuthenticated()")
    String profile(Model model) {
        Actor actor = actors.current().orElseThrow();
        model.addAttribute("actor", actor);
        model.addAttribute("roles", actor.roles().stream().map(Role::code).sorted().toList());
        model.addAttribute("organisation", actors.organisation(actor.organisation()).orElseThrow());
        model.addAttribute("tokens", membership.tokens(actor));
        model.addAttribute("canInvite", actor.has(Role.FOCAL_POINT) || actor.isStaff());
        model.addAttribute("inviteOrganisations", actor.isStaff() ? actors.organisations() : java.util.List.of());
        return "identity/profile";
    }

    @PostMapping("/profile/tokens")
    @PreAuthorize("isAuthenticated()")
    String createToken(@RequestParam(defaultValue = "") String name, Model model) {
        Actor actor = actors.current().orElseThrow();
        try {
            model.addAttribute("newToken", membership.createToken(actor, name));
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
        }
        return profile(model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    @PreAuthorize("isAuthenticated()")
    String revoke(@PathVariable java.util.UUID id) {
        membership.revokeToken(actors.current().orElseThrow(), id);
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
                    : organisationOf(organisation);
            membership.invite(actor, target, email, chosen, locale);
            model.addAttribute("invited", email);
        } catch (InvalidInputException e) {
            model.addAttribute("problems", e.problems());
            model.addAttribute("inviteEmail", email);
        }
        return profile(model);
    }

    private static OrganisationId organisationOf(String id) {
        try {
            return OrganisationId.of(id.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(new InvalidInputException.FieldProblem("organisation",
                    "unknown-organisation"));
        }
    }
}
