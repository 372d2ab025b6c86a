package org.masthead.accounts;

import java.net.IDN;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.masthead.notifications.Outbox;
import org.masthead.pages.TypedText;

/** The rules for what people type when they sign up: an address we can mail, a password worth having. */
final class Credentials {

    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;
    /** bcrypt reads this many bytes of a password and no more. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Set<String> COMMON = Set.of("password123", "1234567890", "qwertyuiop", "password1234",
            "letmein1234", "iloveyou12", "0123456789", "passwordpassword", "abcdefghij", "1q2w3e4r5t");

    private Credentials() {
    }

    /**
     * The address as it will be mailed: trimmed, lower-case, its domain in the ASCII form mail servers
     * use ({@code exämple.org} becomes {@code xn--exmple-cua.org}); refused when the outbox could not
     * send to it, so that no sign-up or invitation fails later, when the message is written.
     */
    static String email(String raw) {
        String email = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        int at = email.lastIndexOf('@');
        if (email.length() > 254 || !EMAIL.matcher(email).matches() || at < 0) {
            throw notAnAddress();
        }
        try {
            email = email.substring(0, at + 1) + IDN.toASCII(email.substring(at + 1)).toLowerCase(Locale.ROOT);
        }
        catch (IllegalArgumentException notADomain) {
            throw notAnAddress();
        }
        if (!Outbox.isMailable(email)) {
            throw notAnAddress();
        }
        return email;
    }

    private static AccountProblem notAnAddress() {
        return new AccountProblem("email", "Enter an email address like name@example.org.");
    }

    static String displayName(String raw) {
        String name = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 80) {
            throw new AccountProblem("displayName", "Enter a name of 1 to 80 characters.");
        }
        if (TypedText.turnsDirection(name)) {
            throw new AccountProblem("displayName", TypedText.NO_DIRECTION_MARKS);
        }
        return name;
    }

    static void password(String password, String email) {
        if (password == null || password.length() < MIN_PASSWORD) {
            throw new AccountProblem("password", "Use a password of at least " + MIN_PASSWORD + " characters.");
        }
        if (password.length() > MAX_PASSWORD || tooLongToHash(password)) {
            throw new AccountProblem("password", "Use a shorter password: at most " + MAX_PASSWORD_BYTES
                    + " bytes, which is " + MAX_PASSWORD_BYTES + " Latin letters, about " + MAX_PASSWORD_BYTES / 2
                    + " Cyrillic, Greek or Arabic ones, or " + MAX_PASSWORD_BYTES / 3 + " Chinese characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || lower.equals(email) || lower.chars().distinct().count() < 4) {
            throw new AccountProblem("password", "That password is too easy to guess. Try a short sentence.");
        }
    }

    /** Whether bcrypt would refuse it, or (worse, elsewhere) silently ignore its end. */
    static boolean tooLongToHash(CharSequence password) {
        return password != null && java.nio.charset.StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password))
                .remaining() > MAX_PASSWORD_BYTES;
    }
}
