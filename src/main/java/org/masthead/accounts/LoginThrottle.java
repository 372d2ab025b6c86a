package org.masthead.accounts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Keeps password guessing slow without letting a stranger lock anyone out. Every attempt is counted
 * before the password is checked (so a burst of simultaneous guesses cannot slip through together)
 * and given back when it succeeds, so only failures use up an allowance.
 *
 * <p>An attempt from a browser the account has signed in from before draws only on that browser's
 * own allowance. Every other attempt draws on three: the account from this client, this client in
 * all, and the account from all unknown browsers together. A stranger guessing from many addresses
 * soon spends the last, and then guesses no more, while the holder of the account signs in from
 * their own browser as usual, or from a new one after a password reset.
 */
@Component
class LoginThrottle {

    /** One sign-in attempt: whose account, from which client, and the known browser it came from, if any. */
    record Attempt(String account, String client, String knownBrowser) {

        Attempt {
            account = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
            // No address is longer; a longer one is still counted, by its beginning.
            account = account.length() > 320 ? account.substring(0, 320) : account;
        }
    }

    private final Allowance perAccountAndClient;
    private final Allowance perClient;
    private final Allowance perAccountFromNewBrowsers;
    private final Allowance perKnownBrowser;

    LoginThrottle(Limits limits, Allowances allowances) {
        Limits.SignIn signIn = limits.signIn();
        this.perAccountAndClient = allowances.named("sign-in.per-account-and-client", signIn.perAccountAndClient(),
                signIn.window());
        this.perClient = allowances.named("sign-in.per-client", signIn.perClient(), signIn.window());
        this.perAccountFromNewBrowsers = allowances.named("sign-in.per-account-from-new-browsers",
                signIn.perAccountFromNewBrowsers(), signIn.window());
        this.perKnownBrowser = allowances.named("sign-in.per-known-browser", signIn.perKnownBrowser(), signIn.window());
    }

    /** Counts the attempt against every allowance it draws on; false, counting nothing, when one is spent. */
    boolean attempt(Attempt attempt) {
        List<Runnable> taken = new ArrayList<>();
        for (Draw draw : draws(attempt)) {
            if (!draw.allowance().take(draw.key())) {
                taken.forEach(Runnable::run);
                return false;
            }
            taken.add(() -> draw.allowance().giveBack(draw.key()));
        }
        return true;
    }

    /** The password was right: the attempt costs nothing. */
    void succeeded(Attempt attempt) {
        draws(attempt).forEach(draw -> draw.allowance().giveBack(draw.key()));
    }

    /** How long a refused person should wait, for the message: at most one window. */
    long minutesToWait() {
        return perClient.window().toMinutes();
    }

    private record Draw(Allowance allowance, String key) {
    }

    private List<Draw> draws(Attempt attempt) {
        if (attempt.knownBrowser() != null) {
            return List.of(new Draw(perKnownBrowser, attempt.knownBrowser()));
        }
        return List.of(new Draw(perAccountAndClient, attempt.account() + "|" + attempt.client()),
                new Draw(perClient, attempt.client()), new Draw(perAccountFromNewBrowsers, attempt.account()));
    }
}
