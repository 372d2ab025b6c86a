package org.masthead.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment as the publication's readers read it: in its time zone and language. */
public record Dateline(Instant instant, ZoneId zone, Locale locale) {

    /** Machine-readable, with offset, for {@code <time datetime>} and structured data. */
    public String iso() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).withNano(0));
    }

    /** "25 November 2026". */
    public String label() {
        return DateTimeFormatter.ofPattern("d MMMM uuuu", locale).format(instant.atZone(zone));
    }

    /** "25 November 2026, 08:15". */
    public String labelWithTime() {
        return DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm", locale).format(instant.atZone(zone));
    }
}
