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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People and their access: signing up, proving an email address, resetting a forgotten password,
 * the first owner, and roles. Every emailed link is single-use and expires; the message is written
 * to the outbox in the same transaction as the token it carries.
 *
 * <p>The slow parts — hashing a password, rendering a message — are done before a transaction
 * starts, so that a write holds the database for milliseconds, however many people sign up at once.
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
    private final TransactionTemplate transaction;
    private final DeferredMail deferred;
    private final BrowserRepository browsers;
    private final Clock clock;

    Accounts(UserRepository users, TokenRepository tokens, PasswordEncoder passwords, Outbox outbox, SiteIdentity site,
            ApplicationEventPublisher events, TransactionTemplate transaction, DeferredMail deferred,
            BrowserRepository browsers, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.outbox = outbox;
        this.site = site;
        this.events = events;
        this.transaction = transaction;
        this.deferred = deferred;
        this.browsers = browsers;
        this.clock = clock;
    }

    /**
     * A new reader account; it works at once, and a link to confirm the address is on its way. When
     * the address has an account already, its owner is told by mail instead, and the caller gives
     * the same answer: nobody learns from the sign-up page who reads here.
     *
     * @return the new account, or empty when the address already had one
     */
    public Optional<Member> signUp(String rawEmail, String rawName, String password) {
        String email = Credentials.email(rawEmail);
        String name = Credentials.displayName(rawName);
        Credentials.password(password, email);
        // Hashed whether or not the address is taken, so that both answers take as long.
        String hash = passwords.encode(password);
        String token = OneTimeLinks.newToken();
        Outbox.Message confirm = confirmation(email, name, token);
        try {
            Optional<Member> created = transaction.execute(status -> {
                if (users.byEmail(email).isPresent()) {
                    return Optional.<Member>empty();
                }
                long id = users.create(email, name, hash, Role.READER, null, clock.instant());
                Instant now = clock.instant();
                tokens.save(OneTimeLinks.hash(token), id, "verify", now.plus(VERIFY_FOR), now);
                outbox.enqueue(confirm);
                return Optional.of(users.byId(id).orElseThrow().member());
            });
            if (created.isEmpty()) {
                tellTheOwner(email);
            }
            return created;
        }
        catch (DataIntegrityViolationException takenMeanwhile) {
            tellTheOwner(email);
            return Optional.empty();
        }
    }

    private Outbox.Message confirmation(String email, String name, String token) {
        return outbox.prepare(email, "verify-email", Map.of("publicationName", site.name(), "displayName", name,
                "link", site.absolute("/verify?token=" + token), "expiresIn", "48 hours"));
    }

    /**
     * Confirms an address from an emailed link.
     *
     * @return whose address it was; empty when the link is unknown, used or expired
     */
    @Transactional
    public Optional<Member> verify(String token) {
        Optional<Long> user = tokens.consume(OneTimeLinks.hash(token), "verify", clock.instant());
        user.ifPresent(id -> users.markVerified(id, clock.instant()));
        return user.flatMap(users::byId).map(UserRepository.User::member);
    }

    /**
     * Mails a reset link if the address belongs to someone; says nothing either way, and returns at
     * once, before finding out, so that the answer takes as long for every address.
     */
    public void requestReset(String rawEmail) {
        String email;
        try {
            email = Credentials.email(rawEmail);
        }
        catch (AccountProblem notAnAddress) {
            return;
        }
        deferred.run(() -> sendReset(email));
    }

    private void sendReset(String email) {
        users.byEmail(email).filter(u -> u.disabledAt() == null).ifPresent(user -> {
            String token = OneTimeLinks.newToken();
            Outbox.Message reset = outbox.prepare(user.email(), "reset-password", Map.of("publicationName", site.name(),
                    "displayName", user.displayName(), "link", site.absolute("/reset-password?token=" + token),
                    "expiresIn", "1 hour"));
            transaction.executeWithoutResult(status -> {
                Instant now = clock.instant();
                tokens.retire(user.id(), "reset", now);
                tokens.save(OneTimeLinks.hash(token), user.id(), "reset", now.plus(RESET_FOR), now);
                outbox.enqueue(reset);
            });
        });
    }

    /**
     * Sets a new password from an emailed link.
     *
     * @return whose password it was; empty when the link is unknown, used or expired
     */
    public Optional<Member> resetPassword(String token, String newPassword) {
        String tokenHash = OneTimeLinks.hash(token);
        Optional<UserRepository.User> holder = tokens.holder(tokenHash, "reset", clock.instant()).flatMap(users::byId);
        if (holder.isEmpty()) {
            return Optional.empty();
        }
        Credentials.password(newPassword, holder.get().email());
        String hash = passwords.encode(newPassword);
        boolean changed = Boolean.TRUE.equals(transaction.execute(status -> {
            Instant now = clock.instant();
            // Spent here, in the same transaction, so two clicks on the link can never both set a password.
            Optional<Long> user = tokens.consume(tokenHash, "reset", now);
            user.ifPresent(id -> {
                users.setPassword(id, hash, now);
                // Every session and known browser of the old password ends with it.
                browsers.forgetAll(id);
                // Whoever could read the mailbox could click the link: the address is proven.
                users.markVerified(id, now);
            });
            return user.isPresent();
        }));
        return changed ? Optional.of(holder.get().member()) : Optional.empty();
    }

    /** Whether the first owner still has to be created. */
    public boolean needsSetup() {
        return users.countWithRole(Role.OWNER) == 0;
    }

    /** Creates the first owner; refused once one exists, so setup can never be replayed. */
    public Member createOwner(String rawEmail, String rawName, String password) {
        if (!needsSetup()) {
            throw new AccountProblem(null, "This site already has an owner.");
        }
        String email = Credentials.email(rawEmail);
        String name = Credentials.displayName(rawName);
        Credentials.password(password, email);
        String hash = passwords.encode(password);
        return transaction.execute(status -> {
            // Checked again where it counts: two people at two setup pages cannot both become owner.
            if (!needsSetup()) {
                throw new AccountProblem(null, "This site already has an owner.");
            }
            return users.byId(insert(email, name, hash, Role.OWNER, clock.instant())).orElseThrow().member();
        });
    }

    /** Adds a staff member or reader directly (owners only; checked by the caller's controller). */
    public Member invite(String rawEmail, String rawName, Role role) {
        String email = Credentials.email(rawEmail);
        String name = Credentials.displayName(rawName);
        // They choose their own password through the reset link in the welcome message.
        String unusable = passwords.encode(OneTimeLinks.newToken());
        String token = OneTimeLinks.newToken();
        Outbox.Message welcome = outbox.prepare(email, "welcome-staff", Map.of("publicationName", site.name(),
                "displayName", name, "role", role.label(), "link", site.absolute("/reset-password?token=" + token)));
        return transaction.execute(status -> {
            long id = insert(email, name, unusable, role, null);
            Instant now = clock.instant();
            tokens.save(OneTimeLinks.hash(token), id, "reset", now.plus(VERIFY_FOR), now);
            outbox.enqueue(welcome);
            return users.byId(id).orElseThrow().member();
        });
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

    /**
     * Shows the portrait at this address, already stored, as the person's picture.
     *
     * @return the address of the portrait it replaces, for its file to be removed, or null
     */
    @Transactional
    public String setAvatar(Member member, String url) {
        UserRepository.User user = users.byId(member.id()).orElseThrow();
        while (!users.swapAvatar(user.id(), user.avatarUrl(), url, clock.instant())) {
            user = users.byId(member.id()).orElseThrow();
        }
        events.publishEvent(new ProfileUpdated(user.id(), user.displayName(), user.bio(), url));
        return user.avatarUrl();
    }

    public String avatarOf(long id) {
        return users.byId(id).map(UserRepository.User::avatarUrl).orElse(null);
    }

    /** How a member shows beside what they wrote: who they are now, and their picture. */
    public record Profile(Member member, String avatarUrl) {
    }

    /** The profiles of these members, by id; members that no longer exist are left out. */
    public Map<Long, Profile> profiles(java.util.Collection<Long> ids) {
        Map<Long, Profile> found = new java.util.HashMap<>();
        users.byIds(ids).forEach(u -> found.put(u.id(), new Profile(u.member(), u.avatarUrl())));
        return found;
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

    /**
     * Mails the owner of an address someone tried to sign up with, so they know and nobody else learns;
     * after the answer, like a reset link.
     */
    private void tellTheOwner(String email) {
        deferred.run(() -> users.byEmail(email).ifPresent(user -> {
            Outbox.Message note = outbox.prepare(user.email(), "account-exists", Map.of("publicationName", site.name(),
                    "displayName", user.displayName(), "signInLink", site.absolute("/signin"),
                    "resetLink", site.absolute("/forgot-password")));
            transaction.executeWithoutResult(status -> outbox.enqueue(note));
        }));
    }

    private long insert(String email, String name, String passwordHash, Role role, Instant verifiedAt) {
        if (users.byEmail(email).isPresent()) {
            throw new AccountProblem("email", "There is already an account for this address.");
        }
        try {
            return users.create(email, name, passwordHash, role, verifiedAt, clock.instant());
        }
        catch (DataIntegrityViolationException taken) {
            throw new AccountProblem("email", "There is already an account for this address.");
        }
    }
}
