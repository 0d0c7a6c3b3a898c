package org.pacto.identity.security;

import org.pacto.identity.account.Membership;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Loads a person for form sign-in; a throttled address is reported as locked. */
@Component
class AccountDetails implements UserDetailsService {

    private final Membership membership;
    private final LoginThrottle throttle;

    AccountDetails(Membership membership, LoginThrottle throttle) {
        this.membership = membership;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var person = membership.byEmail(email).filter(p -> p.active())
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new SignedIn(person.actor(), person.passwordHash(), throttle.locked(email));
    }
}
