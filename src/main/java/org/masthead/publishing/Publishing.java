package org.masthead.publishing;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.masthead.pages.PagesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication as readers see it: its settings and sections, its published articles, and its
 * sections', tags' and authors' pages. Everything here is what a reader may see; the newsroom's
 * side is {@link Editorial} and {@link Taxonomy}.
 */
@Service
public class Publishing {

    /**
     * Which published articles a list shows; null fields do not narrow it.
     *
     * @param until the end of the period, exclusive
     */
    public record Listing(Long sectionId, Long tagId, Long authorId, Instant from, Instant until) {

        public static final Listing ALL = new Listing(null, null, null, null, null);

        public static Listing section(long id) {
            return new Listing(id, null, null, null, null);
        }

        public static Listing tag(long id) {
            return new Listing(null, id, null, null, null);
        }

        public static Listing author(long id) {
            return new Listing(null, null, id, null, null);
        }

        public static Listing between(Instant from, Instant until) {
            return new Listing(null, null, null, from, until);
        }

        /** A calendar month as the publication's readers live it, midnight to midnight in its zone. */
        public static Listing month(YearMonth month, ZoneId zone) {
            return between(month.atDay(1).atStartOfDay(zone).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
        }
    }

    /** An article's words as plain text, for a search index. */
    public record Text(long articleId, String headline, String standfirst, String body) {
    }

    private final PublicationRepository publications;
    private final ArticleRepository articles;
    private final TaxonomyRepository taxonomy;
    private final AuthorRepository authors;
    private final Markdown markdown;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Other modules' figures for cards; looked up when needed, since those modules read publishing too. */
    private final org.springframework.beans.factory.ObjectProvider<ArticleTally> tallies;
    private volatile List<SectionLink> navigation;
    /** An article's words as typed, and as plain text. */
    private record PlainText(Text typed, Text plain) {

        int weight() {
            return 2 * (typed.headline().length() + typed.standfirst().length() + typed.body().length()
                    + plain.body().length()) + 256;
        }
    }

    private final Cache<Long, PlainText> plainTexts = Caffeine.newBuilder()
            .maximumWeight(4L << 20)
            .weigher((Long id, PlainText text) -> text.weight())
            .build();

    Publishing(PublicationRepository publications, ArticleRepository articles, TaxonomyRepository taxonomy,
            AuthorRepository authors, Markdown markdown, ApplicationEventPublisher events, Clock clock,
            org.springframework.beans.factory.ObjectProvider<ArticleTally> tallies) {
        this.tallies = tallies;
        this.publications = publications;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.markdown = markdown;
        this.events = events;
        this.clock = clock;
        this.navigation = loadNavigation();
    }

    /** The publication's current settings. */
    public Publication publication() {
        return publications.current();
    }

    /** The sections, in the newsroom's order, for navigation; held in memory, as every page shows them. */
    public List<SectionLink> sections() {
        return navigation;
    }

    /** Replaces the settings; the support text is rendered once here. Callers check who may. */
    @Transactional
    public void update(String name, String tagline, String baseUrl, String language, ZoneId timeZone, String logoUrl,
            String supportText) {
        publications.save(new Publication(name, tagline, PublicationRepository.trimSlash(baseUrl), language, timeZone,
                logoUrl, supportText, markdown.toHtml(supportText), clock.instant(),
                publications.current().guestsMayComment()));
        events.publishEvent(PagesChanged.everywhere());
    }

    /** Lets readers without an account comment, or asks them to sign in first. Callers check who may. */
    @Transactional
    public void allowGuestComments(boolean allowed) {
        Publication p = publications.current();
        publications.save(new Publication(p.name(), p.tagline(), p.baseUrl(), p.language(), p.timeZone(), p.logoUrl(),
                p.supportText(), p.supportHtml(), clock.instant(), allowed));
        events.publishEvent(PagesChanged.everywhere());
    }

    /** The accounts of the article's authors (those who have one), for the label beside what they write. */
    public java.util.Set<Long> authorAccounts(long articleId) {
        return articles.authorAccounts(articleId);
    }

    /** Reads the navigation again after a section was added, renamed, moved or removed. */
    void sectionsChanged() {
        navigation = loadNavigation();
    }

    private List<SectionLink> loadNavigation() {
        return taxonomy.sections().stream().map(Taxonomy.Section::link).toList();
    }

    /** A page of published articles, newest first. */
    public List<ArticleCard> published(Listing listing, int limit, int offset) {
        return noted(articles.published(listing, limit, offset));
    }

    /** The published ones among these articles, in the order given. */
    public List<ArticleCard> published(List<Long> ids) {
        return noted(articles.publishedByIds(ids));
    }

    /** The cards with the figures other modules keep for them, one query per module for the whole list. */
    private List<ArticleCard> noted(List<ArticleCard> cards) {
        List<ArticleTally> all = tallies.orderedStream().toList();
        if (all.isEmpty() || cards.isEmpty()) {
            return cards;
        }
        List<Long> ids = cards.stream().map(ArticleCard::id).toList();
        List<java.util.Map<Long, Long>> counts = all.stream().map(t -> t.counts(ids)).toList();
        List<ArticleCard> noted = new java.util.ArrayList<>(cards.size());
        for (ArticleCard card : cards) {
            List<CardNote> notes = new java.util.ArrayList<>();
            for (int i = 0; i < all.size(); i++) {
                String label = all.get(i).label(counts.get(i).getOrDefault(card.id(), 0L));
                if (label != null) {
                    notes.add(new CardNote(label, card.path() + all.get(i).anchor()));
                }
            }
            noted.add(card.withNotes(notes));
        }
        return noted;
    }

    /** When each published article went out, newest first. */
    public List<Instant> publicationTimes() {
        return articles.publicationTimes();
    }

    /** The article at this address in whatever state it is: its page decides what a reader may see. */
    public Optional<ArticleDetail> article(String slug) {
        return articles.bySlug(slug);
    }

    /** An article as other modules refer to it. */
    public Optional<ArticleRef> article(long id) {
        return articles.ref(id);
    }

    /** Several articles as other modules refer to them, by number; numbers with no article are left out. */
    public java.util.Map<Long, ArticleRef> articles(java.util.Collection<Long> ids) {
        java.util.Map<Long, ArticleRef> found = new java.util.HashMap<>();
        articles.refs(ids).forEach(a -> found.put(a.id(), a));
        return found;
    }

    /** The article at this address as other modules refer to it, in whatever state it is. */
    public Optional<ArticleRef> articleAt(String slug) {
        return articles.refBySlug(slug);
    }

    /**
     * The article's words as plain text, without Markdown, whatever its state. The plain text is kept
     * beside the words it came from, and made again only when they differ (on any node's edit).
     */
    public Optional<Text> text(long id) {
        return articles.words(id).map(typed -> {
            PlainText kept = plainTexts.getIfPresent(id);
            if (kept != null && kept.typed().equals(typed)) {
                return kept.plain();
            }
            Text plain = new Text(id, typed.headline(), typed.standfirst(), markdown.toText(typed.body()));
            plainTexts.put(id, new PlainText(typed, plain));
            return plain;
        });
    }

    /** Where a renamed article lives now. */
    public Optional<String> movedTo(String oldSlug) {
        return articles.currentSlugFor(oldSlug);
    }

    /** Whether an article once lived at this address and was deleted. */
    public boolean removed(String slug) {
        return articles.isRetired(slug);
    }

    public Optional<Taxonomy.Section> section(String slug) {
        return taxonomy.section(slug);
    }

    public List<Taxonomy.Section> allSections() {
        return taxonomy.sections();
    }

    public Optional<Taxonomy.Tag> tag(String slug) {
        return taxonomy.tag(slug);
    }

    public Optional<Author> author(String slug) {
        return authors.bySlug(slug);
    }

    public List<Author> authors() {
        return authors.all();
    }

    /** Whether a path segment could be an article's, section's, tag's or author's address at all. */
    public static boolean isAddress(String slug) {
        return Slugs.isValid(slug);
    }
}
