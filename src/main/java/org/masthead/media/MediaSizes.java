package org.masthead.media;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * File and picture sizes in the words an editor reads them in. A refused file's size is rounded up
 * and a limit down, so that a message never says a file of "20 MB" is over a limit of 20 MB.
 */
final class MediaSizes {

    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private MediaSizes() {
    }

    /** "31 MB", "2.4 MB", "512 KB", "900 bytes". */
    static String bytes(long bytes, RoundingMode rounding) {
        if (bytes < KB) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        return bytes < MB ? decimal(bytes, KB, rounding) + " KB" : decimal(bytes, MB, rounding) + " MB";
    }

    /** "50", "12.3" (megapixels). */
    static String megapixels(long pixels, RoundingMode rounding) {
        return decimal(pixels, 1_000_000, rounding);
    }

    /** One decimal under ten units, where it tells; none above, where it is noise. */
    private static String decimal(long amount, long unit, RoundingMode rounding) {
        int scale = amount < 10 * unit ? 1 : 0;
        return BigDecimal.valueOf(amount).divide(BigDecimal.valueOf(unit), scale, rounding).stripTrailingZeros()
                .toPlainString();
    }
}
