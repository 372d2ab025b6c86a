package org.masthead.publishing;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication as a whole: its settings and its sections. Every page reads these, so they are
 * held in memory and reloaded only when they change.
 */
@Service
public class Publishing {

    private final PublicationRepository publications;
    private final SectionRepository sections;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile Publication publication;
    private volatile List<SectionLink> navigation;

    Publishing(PublicationRepository publications, SectionRepository sections, Markdown markdown,
            ApplicationEventPublisher events, Clock clock, @Value("${masthead.publication.name}") String defaultName,
            @Value("${masthead.base-url}") String defaultBaseUrl) {
        this.publications = publications;
        this.sections = sections;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
        this.publication = publications.find().orElseGet(() -> {
            Publication first = new Publication(defaultName, "", trimSlash(defaultBaseUrl), "en", ZoneId.of("UTC"),
                    null, "", "", clock.instant());
            publications.save(first);
            return first;
        });
        this.navigation = loadNavigation();
    }

    /** The publication's current settings. */
    public Publication publication() {
        return publication;
    }

    /** The sections, in the newsroom's order, for navigation. */
    public List<SectionLink> sections() {
        return navigation;
    }

    Locale locale() {
        return Locale.forLanguageTag(publication.language());
    }

    Dateline dateline(java.time.Instant instant) {
        return instant == null ? null : new Dateline(instant, publication.timeZone(), locale());
    }

    /** Replaces the settings; the support text is rendered once here. Callers check who may. */
    @Transactional
    public void update(String name, String tagline, String baseUrl, String language, ZoneId timeZone, String logoUrl,
            String supportText) {
        Publication changed = new Publication(name, tagline, trimSlash(baseUrl), language, timeZone, logoUrl,
                supportText, markdown.toHtml(supportText), clock.instant());
        publications.save(changed);
        publication = changed;
        events.publishEvent(new PublicationChanged());
    }

    @Transactional
    long addSection(String slug, String name, String description) {
        long id = sections.create(slug, name, description, navigation.size());
        navigation = loadNavigation();
        events.publishEvent(new PublicationChanged());
        return id;
    }

    /** Reloads the navigation after sections were renamed or reordered. */
    void refreshSections() {
        navigation = loadNavigation();
        events.publishEvent(new PublicationChanged());
    }

    private List<SectionLink> loadNavigation() {
        return sections.all().stream().map(SectionRepository.Section::link).toList();
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
