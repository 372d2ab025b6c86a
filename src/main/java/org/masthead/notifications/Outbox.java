package org.masthead.notifications;

import java.time.Clock;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The way to send an email from Masthead. A message is written to the outbox table in the
 * caller's transaction — so it goes out if and only if the change that caused it is committed —
 * and is delivered by the outbox worker afterwards, with retries, on whichever node gets to it first.
 */
@Service
public class Outbox {

    // One address, no display name: letters, digits and the usual punctuation before the @, a host
    // name after it. Deliberately loose — the mail server is the judge — but never a header injection.
    private static final Pattern ADDRESS = Pattern.compile(
            "[^\\s\\p{Cntrl}@<>()\\[\\],;:\"\\\\]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

    /** Whether the outbox can send to this address; every form that takes an address asks first. */
    public static boolean isMailable(String address) {
        return address != null && address.length() <= 254 && ADDRESS.matcher(address).matches();
    }

    private final EmailTemplates templates;
    private final OutboxRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Outbox(EmailTemplates templates, OutboxRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.templates = templates;
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A message rendered and ready to be written to the outbox. Made before the transaction that
     * writes it, so that no transaction waits for a template to render.
     */
    public static final class Message {

        private final String recipient;
        private final String template;
        private final EmailTemplates.Rendered rendered;
        private final String unsubscribe;

        private Message(String recipient, String template, EmailTemplates.Rendered rendered, String unsubscribe) {
            this.recipient = recipient;
            this.template = template;
            this.rendered = rendered;
            this.unsubscribe = unsubscribe;
        }

        /** The address it goes to. */
        public String recipient() {
            return recipient;
        }

        /**
         * The same message, carrying {@code List-Unsubscribe} with this absolute https URL and
         * {@code List-Unsubscribe-Post: List-Unsubscribe=One-Click} (RFC 8058): a POST to the URL must
         * end what the message is about, at once and without asking.
         */
        public Message unsubscribingAt(String url) {
            return new Message(recipient, template, rendered, url);
        }
    }

    /**
     * Renders the message from template {@code template} with these values, for {@link #enqueue(Message)}.
     * The subject and text body take the values as they are, the HTML body takes them HTML-escaped.
     *
     * @param to the recipient's address, such as {@code reader@example.org} (no display name)
     * @param template the name of a message template, such as {@code "verify-email"} (see the package)
     * @param values a value for every {@code {{placeholder}}} of that template's text and every
     *     parameter of its HTML, and nothing else
     * @throws IllegalArgumentException if {@code to} is not a plausible email address, there is no
     *     template of that name, or the values do not match the template's placeholders and
     *     parameters one for one
     */
    public Message prepare(String to, String template, Map<String, String> values) {
        String recipient = to == null ? "" : to.strip();
        if (!isMailable(recipient)) {
            throw new IllegalArgumentException("Not a plausible email address: '" + to + "'");
        }
        return new Message(recipient, template, templates.render(template, values), null);
    }

    /**
     * Writes a prepared message to the outbox in the caller's transaction. It is sent soon after the
     * transaction commits, and never if it rolls back. Called outside a transaction, it is stored at once.
     */
    public void enqueue(Message message) {
        repository.insert(message.recipient, message.template, message.rendered, message.unsubscribe,
                clock.instant());
        events.publishEvent(new MessageQueued());
    }

    /** {@link #prepare} and {@link #enqueue(Message)} at once, for callers whose transaction may wait for the rendering. */
    public void enqueue(String to, String template, Map<String, String> values) {
        enqueue(prepare(to, template, values));
    }
}
