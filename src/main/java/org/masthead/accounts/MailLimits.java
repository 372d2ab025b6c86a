package org.masthead.accounts;

import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How many requests that send mail (a sign-up, a password reset) the public may make: so many per
 * client, and so many per recipient. The recipient's allowance is spent by every request naming the
 * address, whether or not it has an account, so being refused tells nobody anything.
 */
@Component
class MailLimits {

    private final Allowance perClient;
    private final Allowance perRecipient;

    MailLimits(Limits limits, Allowances allowances) {
        this.perClient = allowances.named("mail.per-client", limits.mail().perClient(), limits.mail().window());
        this.perRecipient = allowances.named("mail.per-recipient", limits.mail().perRecipient(), limits.mail().window());
    }

    /**
     * Takes one request from the client's and the recipient's allowances; empty when both had one
     * left, else how long until they do (and nothing is taken).
     */
    Optional<Refusal> take(String client, String rawEmail) {
        String recipient = recipient(rawEmail);
        Duration clientWait = perClient.takeOrWait(client);
        if (!clientWait.isZero()) {
            return Optional.of(new Refusal(false, clientWait));
        }
        Duration recipientWait = recipient == null ? Duration.ZERO : perRecipient.takeOrWait(recipient);
        if (!recipientWait.isZero()) {
            perClient.giveBack(client);
            return Optional.of(new Refusal(true, recipientWait));
        }
        return Optional.empty();
    }

    /** Why a request was refused and how long to wait; {@link #sentence()} says it to a person. */
    record Refusal(boolean recipient, Duration retryAfter) {

        String sentence() {
            long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
            String after = " Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.");
            return recipient
                    ? "We have already sent several messages to this address in the last hour. Check the inbox and "
                            + "the spam folder." + after
                    : "Too many requests to send mail have come from your network in the last hour." + after;
        }
    }

    /** The address as it will be mailed, or null when it is not one (the request is then refused anyway). */
    private static String recipient(String rawEmail) {
        try {
            return Credentials.email(rawEmail);
        }
        catch (AccountProblem notAnAddress) {
            return null;
        }
    }
}
