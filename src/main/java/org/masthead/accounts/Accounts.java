package org.masthead.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.masthead.notifications.Outbox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and their access: signing up, proving an email address, resetting a forgotten password,
 * the first owner, and roles. Every emailed link is single-use and expires; the message is
 * written to the outbox in the same transaction as the token it carries.
 */
@Service
public class Accounts {

    static final Duration VERIFY_FOR = Duration.ofHours(48);
    static final Duration RESET_FOR = Duration.ofHours(1);

    private final UserRepository users;
    private final TokenRepository tokens;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final SiteIdentity site;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Accounts(UserRepository users, TokenRepository tokens, PasswordEncoder passwords, Outbox outbox, SiteIdentity site,
            ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.outbox = outbox;
        this.site = site;
        this.events = events;
        this.clock = clock;
    }

    /** A new reader account; it works at once, and a link to confirm the address is on its way. */
    @Transactional
    public Member signUp(String rawEmail, String rawName, String password) {
        String email = Credentials.email(rawEmail);
        String name = Credentials.displayName(rawName);
        Credentials.password(password, email);
        long id = insert(email, name, password, Role.READER, null);
        sendVerification(id, email, name);
        return users.byId(id).orElseThrow().member();
    }

    /** Confirms an address from an emailed link; false when the link is unknown, used or expired. */
    @Transactional
    public boolean verify(String token) {
        Optional<Long> user = tokens.consume(OneTimeLinks.hash(token), "verify", clock.instant());
        user.ifPresent(id -> users.markVerified(id, clock.instant()));
        return user.isPresent();
    }

    /** Mails a reset link if the address belongs to someone; says nothing either way. */
    @Transactional
    public void requestReset(String rawEmail) {
        String email;
        try {
            email = Credentials.email(rawEmail);
        }
        catch (AccountProblem notAnAddress) {
            return;
        }
        users.byEmail(email).filter(u -> u.disabledAt() == null).ifPresent(user -> {
            Instant now = clock.instant();
            tokens.retire(user.id(), "reset", now);
            String token = OneTimeLinks.newToken();
            tokens.save(OneTimeLinks.hash(token), user.id(), "reset", now.plus(RESET_FOR), now);
            outbox.enqueue(user.email(), "reset-password", Map.of("publicationName", site.name(),
                    "displayName", user.displayName(), "link", site.absolute("/reset-password?token=" + token),
                    "expiresIn", "1 hour"));
        });
    }

    /** Sets a new password from an emailed link; false when the link is unknown, used or expired. */
    @Transactional
    public boolean resetPassword(String token, String newPassword) {
        Instant now = clock.instant();
        Optional<Long> user = tokens.consume(OneTimeLinks.hash(token), "reset", now);
        if (user.isEmpty()) {
            return false;
        }
        UserRepository.User found = users.byId(user.get()).orElseThrow();
        Credentials.password(newPassword, found.email());
        users.setPassword(found.id(), passwords.encode(newPassword), now);
        // Whoever could read the mailbox could click the link: the address is proven.
        users.markVerified(found.id(), now);
        return true;
    }

    /** Whether the first owner still has to be created. */
    public boolean needsSetup() {
        return users.countWithRole(Role.OWNER) == 0;
    }

    /** Creates the first owner; refused once one exists, so setup can never be replayed. */
    @Transactional
    public Member createOwner(String rawEmail, String rawName, String password) {
        if (!needsSetup()) {
            throw new AccountProblem(null, "This site already has an owner.");
        }
        String email = Credentials.email(rawEmail);
        String name = Credentials.displayName(rawName);
        Credentials.password(password, email);
        long id = insert(email, name, password, Role.OWNER, clock.instant());
        return users.byId(id).orElseThrow().member();
    }

    /** Adds a staff member or reader directly (owners only; checked by the caller's controller). */
    @Transactional
    public Member invite(String rawEmail, String rawName, Role role) {
        String email = Credentials.email(rawEmail);
        String name = Credentials.displayName(rawName);
        // They choose their own password through the reset link in the welcome message.
        long id = insert(email, name, OneTimeLinks.newToken() + "Aa1!", role, null);
        Instant now = clock.instant();
        String token = OneTimeLinks.newToken();
        tokens.save(OneTimeLinks.hash(token), id, "reset", now.plus(VERIFY_FOR), now);
        outbox.enqueue(email, "welcome-staff", Map.of("publicationName", site.name(), "displayName", name,
                "role", role.label(), "link", site.absolute("/reset-password?token=" + token)));
        return users.byId(id).orElseThrow().member();
    }

    @Transactional
    public void changeRole(Member actor, long userId, Role role) {
        if (!actor.is(Role.OWNER)) {
            throw new AccountProblem(null, "Only an owner can change roles.");
        }
        UserRepository.User user = users.byId(userId).orElseThrow(() -> new AccountProblem(null, "No such person."));
        if (user.role().equals(Role.OWNER.code()) && role != Role.OWNER && users.countWithRole(Role.OWNER) == 1) {
            throw new AccountProblem("role", "The site needs at least one owner. Make someone else owner first.");
        }
        users.setRole(userId, role, clock.instant());
    }

    @Transactional
    public void updateProfile(Member member, String rawName, String bio) {
        String name = Credentials.displayName(rawName);
        String cleanBio = bio == null ? "" : bio.strip();
        if (cleanBio.length() > 600) {
            throw new AccountProblem("bio", "Keep the bio under 600 characters.");
        }
        users.setProfile(member.id(), name, cleanBio, clock.instant());
        events.publishEvent(new ProfileUpdated(member.id(), name, cleanBio, null));
    }

    /** Sets a person's picture, already stored in the media library, and shows it at this address. */
    @Transactional
    public void setAvatar(Member member, long pictureId, String url) {
        users.setAvatar(member.id(), url, clock.instant());
        UserRepository.User user = users.byId(member.id()).orElseThrow();
        events.publishEvent(new ProfileUpdated(user.id(), user.displayName(), user.bio(), pictureId));
    }

    public String avatarOf(long id) {
        return users.byId(id).map(UserRepository.User::avatarUrl).orElse(null);
    }

    public Optional<Member> find(long id) {
        return users.byId(id).map(UserRepository.User::member);
    }

    public String bioOf(long id) {
        return users.byId(id).map(UserRepository.User::bio).orElse("");
    }

    public List<Member> members() {
        return users.all().stream().map(UserRepository.User::member).toList();
    }

    private long insert(String email, String name, String password, Role role, Instant verifiedAt) {
        if (users.byEmail(email).isPresent()) {
            throw new AccountProblem("email", "There is already an account for this address. Sign in, or reset the password.");
        }
        try {
            return users.create(email, name, passwords.encode(password), role, verifiedAt, clock.instant());
        }
        catch (DataIntegrityViolationException taken) {
            throw new AccountProblem("email", "There is already an account for this address. Sign in, or reset the password.");
        }
    }

    private void sendVerification(long id, String email, String name) {
        Instant now = clock.instant();
        String token = OneTimeLinks.newToken();
        tokens.save(OneTimeLinks.hash(token), id, "verify", now.plus(VERIFY_FOR), now);
        outbox.enqueue(email, "verify-email", Map.of("publicationName", site.name(), "displayName", name,
                "link", site.absolute("/verify?token=" + token), "expiresIn", "48 hours"));
    }
}
