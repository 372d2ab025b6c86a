package org.masthead.funding;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where Stripe tells Masthead what happened to a payment. Only an event signed with the account's
 * webhook secret, over the exact bytes received and within the timestamp tolerance, is read; any other
 * is answered 400 and changes nothing. A known event is applied once ({@link StripeLedger}); an
 * unknown one is acknowledged, so that Stripe does not send it again.
 */
@RestController
class StripeWebhook {

    static final String PATH = "/stripe/webhook";

    /** Far above any event Stripe sends (a few kilobytes); nothing beyond it is read. */
    private static final int MOST_BYTES = 512 * 1024;

    private static final Logger log = LoggerFactory.getLogger(StripeWebhook.class);

    private final StripeAccount stripe;
    private final StripeLedger ledger;

    StripeWebhook(StripeAccount stripe, StripeLedger ledger) {
        this.stripe = stripe;
        this.ledger = ledger;
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_PLAIN_VALUE)
    ResponseEntity<String> receive(HttpServletRequest request,
            @RequestHeader(name = "Stripe-Signature", required = false) String signature) throws IOException {
        if (!stripe.configured()) {
            return answer(HttpStatus.NOT_FOUND, "Online giving is not set up: there is no Stripe webhook here.");
        }
        if (request.getContentLengthLong() > MOST_BYTES) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, "A Stripe event is at most " + MOST_BYTES / 1024 + " KB.");
        }
        // Read up to the limit and no further, whatever the request says of its length.
        byte[] body = request.getInputStream().readNBytes(MOST_BYTES + 1);
        if (body.length == 0) {
            return answer(HttpStatus.BAD_REQUEST, "The request has no body: a Stripe event is a JSON document.");
        }
        if (body.length > MOST_BYTES) {
            return answer(HttpStatus.PAYLOAD_TOO_LARGE, "A Stripe event is at most " + MOST_BYTES / 1024 + " KB.");
        }
        if (signature == null || signature.isBlank()) {
            return answer(HttpStatus.BAD_REQUEST, "The Stripe-Signature header is missing.");
        }
        String payload;
        try {
            payload = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        }
        catch (CharacterCodingException notUtf8) {
            return answer(HttpStatus.BAD_REQUEST, "A Stripe event is UTF-8 text; this body is not.");
        }
        Event event;
        try {
            event = stripe.verified(payload, signature);
        }
        catch (SignatureVerificationException e) {
            return answer(HttpStatus.BAD_REQUEST, "The signature does not match, or was made too long ago: "
                    + "the event was not read.");
        }
        catch (RuntimeException notJson) {
            // Signed, yet not an event: nothing Stripe would send.
            return answer(HttpStatus.BAD_REQUEST, "The body is not a Stripe event.");
        }
        if (event.getId() == null || event.getType() == null) {
            return answer(HttpStatus.BAD_REQUEST, "A Stripe event has an id and a type.");
        }
        try {
            StripeLedger.Outcome outcome = ledger.apply(event);
            // The outcome and the event's id, as Stripe's dashboard shows the answer to each delivery.
            return answer(HttpStatus.OK, outcome.name().toLowerCase(java.util.Locale.ROOT) + " " + event.getId());
        }
        catch (StripeLedger.Unreadable e) {
            return answer(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        }
        catch (StripeAccount.Unreachable e) {
            // Stripe sends the event again later; by then the question can be asked.
            log.warn("Stripe event {} not applied yet: {}", event.getId(), e.getMessage());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "60")
                    .contentType(MediaType.TEXT_PLAIN).body("Stripe could not be asked about this payment; send it again later.");
        }
    }

    private static ResponseEntity<String> answer(HttpStatus status, String text) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(text + "\n");
    }
}
