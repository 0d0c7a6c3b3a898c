package org.pacto.identity.security;

import org.pacto.identity.account.Membership;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Loads a person for form sign-in. An unknown address, a removed person and a person of a removed organisation
 * are all "no such account": the provider then still checks a dummy password, so the answer and its time are
 * the same as for a wrong password (issue 16, items 4 and 9).
 */
@Component
class AccountDetails implements UserDetailsService {

    private final Membership membership;

    AccountDetails(Membership membership) {
        this.membership = membership;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var person = membership.byEmail(email).filter(p -> p.active())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new SignedIn(person.actor(), person.passwordHash(), person.sessionVersion());
    }
}
