package org.masthead.funding;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * Sums of money as readers read them: in the publication's language, with the currency's own
 * symbol and minor units, and without decimals when the sum is whole ("$2,500", "2 500 €", "¥5,000").
 */
final class Amounts {

    private Amounts() {
    }

    /** The currency of an ISO 4217 code, or an exception saying the code is not one. */
    static Currency currency(String code) {
        try {
            return Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException notACurrency) {
            throw new IllegalArgumentException("“" + code + "” is not a currency code such as USD, EUR or GBP.");
        }
    }

    static String format(long minor, String currencyCode, Locale locale) {
        Currency currency = currency(currencyCode);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        BigDecimal units = BigDecimal.valueOf(minor, digits);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int shown = units.stripTrailingZeros().scale() <= 0 ? 0 : digits;
        format.setMinimumFractionDigits(shown);
        format.setMaximumFractionDigits(shown);
        return format.format(units);
    }
}
