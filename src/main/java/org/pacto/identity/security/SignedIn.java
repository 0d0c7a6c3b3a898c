package org.pacto.identity.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.pacto.identity.Actor;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a signed-in person (session or bearer token). {@code sessionVersion} is the person's session
 * version at sign-in: a session whose version is no longer the person's is ended ({@link CurrentSessions}).
 */
public record SignedIn(Actor actor, @Nullable String passwordHash, int sessionVersion) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> list = new java.util.ArrayList<>();
        actor.roles().forEach(r -> list.add(new SimpleGrantedAuthority(r.authority())));
        return list;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.email();
    }

    @Override
    public String toString() {
        return "SignedIn[" + actor.person() + "]";
    }
}
