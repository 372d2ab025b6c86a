package org.masthead.funding;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * The link in a monthly donor's receipts that stops their gift: signed, so that only the person who
 * received the receipt can use it, and needing no account.
 */
@Component
class StopLinks {

    private final SecretKeySpec key;

    StopLinks(SupportSettingsRepository settings) {
        this.key = new SecretKeySpec(settings.linkSecret(), "HmacSHA256");
    }

    /** The path, to be made absolute, that stops the monthly gift begun as {@code donationId}. */
    String path(long donationId) {
        return "/support/monthly/" + donationId + "/stop?s=" + signature(donationId);
    }

    boolean signed(long donationId, String signature) {
        return signature != null && MessageDigest.isEqual(signature(donationId).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    private String signature(long donationId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            byte[] sum = mac.doFinal(("stop-monthly-gift:" + donationId).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(sum).substring(0, 32);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
