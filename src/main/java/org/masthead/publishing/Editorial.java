package org.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to articles: creating, publishing when their time comes, renaming, withdrawing and
 * deleting. Every change renders what it must once, keeps the search index in step and announces
 * which pages it touched.
 */
@Service
class Editorial {

    static final String DRAFT = "draft";
    static final String SCHEDULED = "scheduled";
    static final String PUBLISHED = "published";

    /**
     * An article as the newsroom writes it.
     *
     * @param updatedAt when it was last changed, for articles that arrive with a history (imports,
     *     the demo); null means now
     */
    record NewArticle(String slug, String headline, String standfirst, String bodyMarkdown, Long leadMediaId,
            Long sectionId, List<Long> authorIds, List<String> tags, String status, Instant publishedAt,
            Instant updatedAt) {
    }

    private final ArticleStore store;
    private final NewsroomRepository newsroom;
    private final TagRepository tags;
    private final SearchIndex search;
    private final Markdown markdown;
    private final Publishing publishing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Editorial(ArticleStore store, NewsroomRepository newsroom, TagRepository tags, SearchIndex search, Markdown markdown, Publishing publishing,
            ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.newsroom = newsroom;
        this.tags = tags;
        this.search = search;
        this.markdown = markdown;
        this.publishing = publishing;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    long create(NewArticle a) {
        if (!Slugs.isValid(a.slug())) {
            throw new IllegalArgumentException("Not a usable address: " + a.slug());
        }
        if (!SCHEDULED.equals(a.status()) && !PUBLISHED.equals(a.status()) && !DRAFT.equals(a.status())) {
            throw new IllegalArgumentException("Unknown status: " + a.status());
        }
        List<Long> tagIds = a.tags().stream().map(name -> tags.named(name).id()).toList();
        long id = store.insert(new ArticleStore.Draft(a.slug(), a.headline(), a.standfirst(), a.bodyMarkdown(),
                markdown.toHtml(a.bodyMarkdown()), a.leadMediaId(), a.sectionId(), a.authorIds(), tagIds, a.status(),
                a.publishedAt()), clock.instant(), a.updatedAt() == null ? clock.instant() : a.updatedAt());
        search.index(id, a.headline(), a.standfirst(), markdown.toText(a.bodyMarkdown()));
        // Articles that arrive whole (the demo, imports) start their history too.
        newsroom.addRevision(newsroom.editable(id).orElseThrow(), null, clock.instant());
        if (PUBLISHED.equals(a.status())) {
            announce(id, Set.of());
        }
        return id;
    }

    /** Publishes the scheduled articles whose time has come; safe to run on several nodes at once. */
    @Transactional
    List<Long> publishDue() {
        List<Long> published = store.publishDue(clock.instant());
        published.forEach(id -> announce(id, Set.of()));
        return published;
    }

    /** Takes a published article off the site; its address answers 410 Gone until it is published again. */
    @Transactional
    void withdraw(long id) {
        Set<String> before = topics(id);
        store.setStatus(id, DRAFT, clock.instant());
        announce(id, before);
    }

    @Transactional
    void rename(long id, String newSlug) {
        if (!Slugs.isValid(newSlug)) {
            throw new IllegalArgumentException("Not a usable address: " + newSlug);
        }
        store.rename(id, store.slugOf(id), newSlug, clock.instant());
        announce(id, Set.of());
    }

    @Transactional
    void delete(long id) {
        Set<String> before = topics(id);
        store.delete(id, store.slugOf(id), clock.instant());
        events.publishEvent(new ArticleChanged(id, before));
    }

    /** The page topics the article shows up under as it stands now. */
    Set<String> topics(long id) {
        return store.topicsOf(id, publishing.publication().timeZone());
    }

    /** Tells the rest of the application which pages the article was and now is on. */
    void announce(long id, Set<String> before) {
        Set<String> all = new LinkedHashSet<>(before);
        all.addAll(topics(id));
        events.publishEvent(new ArticleChanged(id, Set.copyOf(all)));
    }
}
