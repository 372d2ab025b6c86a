package org.masthead.accounts;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The security principal: a {@link Member} plus what Spring Security needs to check a password, and
 * a stamp of the password it was checked against, so that a session ends when the password changes
 * ({@link MemberSessions}). Public only so that {@link CurrentMember}'s expression can reach the member.
 */
public class SignedInMember implements UserDetails {

    private final Member member;
    private final transient String passwordHash;
    private final boolean enabled;
    private final String passwordStamp;

    SignedInMember(Member member, String passwordHash, boolean enabled, String passwordStamp) {
        this.member = member;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.passwordStamp = passwordStamp;
    }

    /** Which password this session was opened with: a digest of its hash, never the hash itself. */
    static String stamp(String passwordHash) {
        return OneTimeLinks.hash(passwordHash == null ? "" : passwordHash).substring(0, 16);
    }

    String passwordStamp() {
        return passwordStamp;
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

    /**
     * An address not yet confirmed opens no session with the password: the link in the confirmation
     * message does. Checked after the password, and refused like a wrong one, so that signing up with
     * someone's address and then signing in tells nothing about whether it was taken.
     */
    @Override
    public boolean isCredentialsNonExpired() {
        return member.verified();
    }
}
