package org.masthead.funding;

import com.stripe.StripeClient;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.model.InvoicePayment;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.InvoicePaymentListParams;
import com.stripe.param.checkout.SessionCreateParams;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The newsroom's Stripe account, when its keys are set ({@code MASTHEAD_STRIPE_SECRET_KEY} and
 * {@code MASTHEAD_STRIPE_WEBHOOK_SECRET}): the calls Masthead makes to Stripe, and the check of what
 * Stripe sends back. Without both keys online giving is off, and the support page says so.
 */
@Component
class StripeAccount {

    /** Stripe refused or could not be reached; nothing was paid. */
    static class Unreachable extends RuntimeException {

        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A checkout a reader is sent to. */
    record Checkout(String id, String url) {
    }

    /** What a checkout asks the reader to pay, and where they come back to. */
    record Opening(long donationId, String attempt, long amountMinor, String currency, boolean monthly,
            String description, String successUrl, String cancelUrl) {
    }

    private final StripeClient client;
    private final String webhookSecret;
    private final long toleranceSeconds;

    StripeAccount(@Value("${masthead.stripe.secret-key:}") String secretKey,
            @Value("${masthead.stripe.webhook-secret:}") String webhookSecret,
            @Value("${masthead.stripe.api-base:}") String apiBase,
            @Value("${masthead.stripe.webhook-tolerance:PT5M}") Duration tolerance) {
        this.webhookSecret = webhookSecret.strip();
        if (tolerance.toSeconds() <= 0) {
            // Zero or less would switch the check of the signature's time off, letting old events be replayed.
            throw new IllegalArgumentException("masthead.stripe.webhook-tolerance must be at least a second");
        }
        this.toleranceSeconds = tolerance.toSeconds();
        if (secretKey.isBlank() || this.webhookSecret.isEmpty()) {
            this.client = null;
            return;
        }
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(secretKey.strip())
                .setConnectTimeout(5_000).setReadTimeout(20_000).setMaxNetworkRetries(2);
        if (!apiBase.isBlank()) {
            // A stand-in that speaks Stripe's protocol, for tests; Stripe's own address otherwise.
            builder.setApiBase(apiBase.strip());
        }
        this.client = builder.build();
    }

    boolean configured() {
        return client != null;
    }

    /**
     * Opens a Checkout Session. The idempotency key is the gift's own attempt (random, so unlike any
     * other installation's on the same account): a form sent twice, or a call retried after a lost
     * answer, opens the same checkout, for as long as Stripe keeps keys (a day).
     */
    Checkout open(Opening opening) {
        SessionCreateParams.LineItem.PriceData.Builder price = SessionCreateParams.LineItem.PriceData.builder()
                .setCurrency(opening.currency().toLowerCase(java.util.Locale.ROOT))
                .setUnitAmount(opening.amountMinor())
                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                        .setName(opening.description()).build());
        String donation = Long.toString(opening.donationId());
        SessionCreateParams.Builder params = SessionCreateParams.builder()
                .setSuccessUrl(opening.successUrl()).setCancelUrl(opening.cancelUrl())
                .setClientReferenceId(donation).putMetadata("donation", donation);
        if (opening.monthly()) {
            price.setRecurring(SessionCreateParams.LineItem.PriceData.Recurring.builder()
                    .setInterval(SessionCreateParams.LineItem.PriceData.Recurring.Interval.MONTH).build());
            params.setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                    // Each renewal's invoice carries this, so a renewal finds the gift it renews.
                    .setSubscriptionData(SessionCreateParams.SubscriptionData.builder()
                            .putMetadata("donation", donation).build());
        }
        else {
            params.setMode(SessionCreateParams.Mode.PAYMENT).setSubmitType(SessionCreateParams.SubmitType.DONATE)
                    .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                            .putMetadata("donation", donation).build());
        }
        params.addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L).setPriceData(price.build()).build());
        try {
            Session session = client.v1().checkout().sessions().create(params.build(),
                    RequestOptions.builder().setIdempotencyKey("masthead-" + opening.attempt()).build());
            return new Checkout(session.getId(), session.getUrl());
        }
        catch (StripeException e) {
            throw new Unreachable("Stripe did not open a checkout: " + e.getMessage(), e);
        }
    }

    /** Ends a monthly gift at Stripe, at once; one that Stripe has ended already counts as ended. */
    void cancel(String subscriptionId) {
        try {
            client.v1().subscriptions().cancel(subscriptionId);
        }
        catch (com.stripe.exception.InvalidRequestException gone) {
            if (!"resource_missing".equals(gone.getCode()) && gone.getStatusCode() != null && gone.getStatusCode() != 400) {
                throw new Unreachable("Stripe did not stop the subscription: " + gone.getMessage(), gone);
            }
        }
        catch (StripeException e) {
            throw new Unreachable("Stripe did not stop the subscription: " + e.getMessage(), e);
        }
    }

    /** The invoice a payment paid, when it paid one: how a refund of a monthly renewal finds its gift. */
    Optional<String> invoiceOf(String paymentIntentId) {
        try {
            var payments = client.v1().invoicePayments().list(InvoicePaymentListParams.builder()
                    .setPayment(InvoicePaymentListParams.Payment.builder()
                            .setType(InvoicePaymentListParams.Payment.Type.PAYMENT_INTENT)
                            .setPaymentIntent(paymentIntentId).build())
                    .setLimit(1L).build());
            return payments.getData().stream().map(InvoicePayment::getInvoice).findFirst();
        }
        catch (StripeException e) {
            throw new Unreachable("Stripe did not say which invoice a payment paid: " + e.getMessage(), e);
        }
    }

    /**
     * The event Stripe sent, when the signature over the exact bytes received is the account's and
     * was made within the tolerance; otherwise an exception, and nothing is done.
     */
    Event verified(String payload, String signatureHeader) throws SignatureVerificationException {
        return Webhook.constructEvent(payload, signatureHeader, webhookSecret, toleranceSeconds);
    }
}
