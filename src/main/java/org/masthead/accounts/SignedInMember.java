package org.masthead.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal: a {@link Member} plus what Spring Security needs to check a password.
 * Public only so that {@link CurrentMember}'s expression can reach the member.
 */
public class SignedInMember implements UserDetails {

    private final Member member;
    private final transient String passwordHash;
    private final boolean enabled;

    SignedInMember(Member member, String passwordHash, boolean enabled) {
        this.member = member;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public Member member() {
        return member;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + member.role().name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return member.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
