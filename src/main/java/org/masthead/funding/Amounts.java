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
        Currency currency;
        try {
            currency = Currency.getInstance(code == null ? "" : code.strip().toUpperCase(Locale.ROOT));
        }
        catch (IllegalArgumentException notACurrency) {
            currency = null;
        }
        // Codes such as XAU (gold) or XXX (no currency) have no minor units: nobody gives in them.
        if (currency == null || currency.getDefaultFractionDigits() < 0) {
            throw new FundingProblem("currency", "“" + code + "” is not a currency code such as USD, EUR or GBP.");
        }
        return currency;
    }

    /**
     * Reads an amount typed in the currency's units ("2500", "2,500.00", "12.5") into minor units.
     * Commas and spaces between groups of three digits are taken as grouping, the point as the decimal
     * separator.
     */
    static long parse(String typed, String currencyCode) {
        Currency currency = currency(currencyCode);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        String text = typed == null ? "" : typed.strip();
        // Grouping between thousands only, and only before the decimal point: "1,2345" and "1.500,00" are refused.
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        text = whole.replaceAll("(?<=\\d)[,\\s\u00A0\u202F](?=\\d{3}(?!\\d))", "") + (point < 0 ? "" : text.substring(point));
        if (!text.matches("\\d{1,13}(\\.\\d+)?")) {
            throw new FundingProblem("amount", "Give the amount in " + currency.getCurrencyCode() + " as a number, "
                    + "such as " + (digits == 0 ? "2500" : "2500 or 2500." + "0".repeat(digits)) + ".");
        }
        BigDecimal units = new BigDecimal(text);
        if (units.stripTrailingZeros().scale() > digits) {
            throw new FundingProblem("amount", currency.getCurrencyCode() + " amounts have "
                    + (digits == 0 ? "no decimals." : "at most " + digits + " decimals."));
        }
        return units.movePointRight(digits).longValueExact();
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
