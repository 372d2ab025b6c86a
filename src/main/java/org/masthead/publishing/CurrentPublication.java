package org.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.masthead.pages.Dateline;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The publication's settings and its sections as every page reads them: held in memory, because
 * every page needs them, and reloaded only when they change.
 */
@Component
class CurrentPublication {

    private final PublicationRepository publications;
    private final SectionRepository sections;
    private volatile Publication publication;
    private volatile List<SectionLink> navigation;

    CurrentPublication(PublicationRepository publications, SectionRepository sections, Clock clock,
            @Value("${masthead.publication.name}") String defaultName,
            @Value("${masthead.base-url}") String defaultBaseUrl) {
        this.publications = publications;
        this.sections = sections;
        this.publication = publications.find().orElseGet(() -> {
            Publication first = new Publication(defaultName, "", trimSlash(defaultBaseUrl), "en", ZoneId.of("UTC"),
                    null, "", "", clock.instant());
            publications.save(first);
            return first;
        });
        this.navigation = loadNavigation();
    }

    Publication get() {
        return publication;
    }

    List<SectionLink> navigation() {
        return navigation;
    }

    void save(Publication changed) {
        publications.save(changed);
        publication = changed;
    }

    /** Reads the sections again after one was added, renamed or moved. */
    void sectionsChanged() {
        navigation = loadNavigation();
    }

    Locale locale() {
        return Locale.forLanguageTag(publication.language());
    }

    Dateline dateline(Instant instant) {
        return instant == null ? null : new Dateline(instant, publication.timeZone(), locale());
    }

    private List<SectionLink> loadNavigation() {
        return sections.all().stream().map(Taxonomy.Section::link).toList();
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
