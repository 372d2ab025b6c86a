package org.masthead.publishing;

import org.masthead.pages.TypedText;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.masthead.media.MediaLibrary;
import org.masthead.media.PictureDescribed;
import org.masthead.pages.PagesChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one way articles are written: created, saved, published when their time comes, renamed,
 * withdrawn and deleted. Every write checks what it is given, renders the Markdown once (before its
 * transaction starts, so the database is held only for the writing), keeps a revision, and says what happened ({@link ArticlePublished}, {@link ArticleUpdated},
 * {@link ArticleWithdrawn}, {@link ArticleDeleted}) and which pages it changed ({@link PagesChanged}).
 * Who may write is the caller's to decide; what may be written is decided here.
 */
@Service
public class Editorial {

    private static final Logger log = LoggerFactory.getLogger(Editorial.class);

    /** Where an article stands in the newsroom's work, which its stored status alone does not say. */
    public enum Stage {
        DRAFT("Draft"), REVIEW("In review"), SCHEDULED("Scheduled"), PUBLISHED("Published"),
        UNPUBLISHED("Unpublished");

        private final String label;

        Stage(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        static Stage of(ArticleStatus status, Instant submittedAt, Instant publishedAt) {
            return switch (status) {
                case PUBLISHED -> PUBLISHED;
                case SCHEDULED -> SCHEDULED;
                case DRAFT -> submittedAt != null ? REVIEW : publishedAt != null ? UNPUBLISHED : DRAFT;
            };
        }
    }

    /** An article's fields as the editor shows them. */
    public record Editable(long id, int version, String slug, String headline, String standfirst, String bodyMarkdown,
            Long leadPictureId, Long sectionId, ArticleStatus status, Instant publishedAt, Instant submittedAt,
            Long createdBy, List<Long> authorIds, List<String> tags) {

        public Stage stage() {
            return Stage.of(status, submittedAt, publishedAt);
        }
    }

    /** A line of the newsroom's list of articles. */
    public record Row(long id, String slug, String headline, ArticleStatus status, Instant publishedAt,
            Instant submittedAt, Instant updatedAt, String sectionName, String authorNames) {

        public Stage stage() {
            return Stage.of(status, submittedAt, publishedAt);
        }
    }

    /** One saved state of an article; {@code savedBy} is the account that saved it, null for the program. */
    public record Revision(long id, int version, String slug, String headline, String standfirst, String bodyMarkdown,
            ArticleStatus status, Long savedBy, Instant savedAt) {
    }

    /** Which articles the newsroom's list shows; null fields do not narrow it. DRAFT covers every draft. */
    public record Filter(Stage stage, Long sectionId, Long authorId, String query) {
    }

    private final ArticleStore store;
    private final DeskRepository desk;
    private final ArticleRepository articles;
    private final TaxonomyRepository taxonomy;
    private final AuthorRepository authors;
    private final MediaLibrary media;
    private final Markdown markdown;
    private final PublicationRepository publications;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Editorial(ArticleStore store, DeskRepository desk, ArticleRepository articles, TaxonomyRepository taxonomy,
            AuthorRepository authors, MediaLibrary media, Markdown markdown, PublicationRepository publications,
            ApplicationEventPublisher events, TransactionTemplate transaction, Clock clock) {
        this.store = store;
        this.desk = desk;
        this.articles = articles;
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.media = media;
        this.markdown = markdown;
        this.publications = publications;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Stores a new article.
     *
     * @param createdBy the account writing it, or null for articles the program brings in
     * @throws EditRejected when the draft cannot be stored as it is; nothing is written then
     */
    public ArticleRef create(ArticleDraft draft, Long createdBy) {
        Prepared prepared = prepare(draft);
        return transaction.execute(status -> {
            Instant now = clock.instant();
            ArticleStore.Draft checked = check(prepared, null);
            long id = store.insert(checked, createdBy, now, draft.updatedAt() == null ? now : draft.updatedAt());
            desk.addRevision(desk.editable(id).orElseThrow(), createdBy, now);
            ArticleRef saved = ref(id);
            if (saved.isPublished()) {
                events.publishEvent(new ArticlePublished(saved));
                announce(id, Set.of());
            }
            return saved;
        });
    }

    /**
     * Replaces a stored article's fields, if nobody saved it since {@code expectedVersion} was read.
     *
     * @param savedBy the account saving it
     * @throws EditRejected.Conflict when someone else saved it first; nothing is written then
     * @throws EditRejected when the draft cannot be stored as it is
     */
    public ArticleRef save(long id, int expectedVersion, ArticleDraft draft, Long savedBy) {
        Prepared prepared = prepare(draft);
        return transaction.execute(status -> save(id, expectedVersion, prepared, savedBy));
    }

    private ArticleRef save(long id, int expectedVersion, Prepared prepared, Long savedBy) {
        Editable before = desk.editable(id).orElseThrow(() -> new EditRejected(null, "This article no longer exists."));
        Set<String> topicsBefore = topics(id);
        ArticleStore.Draft checked = check(prepared, id);
        Instant now = clock.instant();
        if (!store.update(id, expectedVersion, checked, now)) {
            throw new EditRejected.Conflict();
        }
        if (!before.slug().equals(checked.slug()) && before.publishedAt() != null) {
            store.keepRedirect(id, before.slug(), checked.slug());
        }
        desk.addRevision(desk.editable(id).orElseThrow(), savedBy, now);
        ArticleRef saved = ref(id);
        boolean wasPublished = before.status() == ArticleStatus.PUBLISHED;
        if (!wasPublished && saved.isPublished()) {
            events.publishEvent(new ArticlePublished(saved));
        }
        else if (wasPublished && !saved.isPublished()) {
            events.publishEvent(new ArticleWithdrawn(saved));
        }
        else {
            events.publishEvent(new ArticleUpdated(saved));
        }
        if (wasPublished || saved.isPublished()) {
            announce(id, topicsBefore);
        }
        return saved;
    }

    /** Publishes the scheduled articles whose time has come; safe to run on several nodes at once. */
    @Scheduled(fixedDelayString = "${masthead.publishing.schedule-check-interval}",
            initialDelayString = "${masthead.publishing.schedule-check-interval}")
    @Transactional
    public List<Long> publishDue() {
        List<Long> published = store.publishDue(clock.instant());
        for (long id : published) {
            events.publishEvent(new ArticlePublished(ref(id)));
            announce(id, Set.of());
        }
        if (!published.isEmpty()) {
            log.info("Published {} scheduled article(s): {}", published.size(), published);
        }
        return published;
    }

    /**
     * Takes an article off the site, or out of the schedule; a published one's address answers 410
     * Gone until it is published again.
     */
    @Transactional
    public void withdraw(long id) {
        boolean wasPublished = ref(id).isPublished();
        Set<String> before = topics(id);
        store.setStatus(id, ArticleStatus.DRAFT, clock.instant());
        events.publishEvent(wasPublished ? new ArticleWithdrawn(ref(id)) : new ArticleUpdated(ref(id)));
        if (wasPublished) {
            announce(id, before);
        }
    }

    /** Gives an article a new address; the old one redirects to it for good. */
    @Transactional
    public void rename(long id, String newSlug) {
        if (!Slugs.isValid(newSlug)) {
            throw new EditRejected("slug", "Not a usable address: " + newSlug);
        }
        if (store.slugTaken(newSlug, id)) {
            throw new EditRejected("slug", "Another article already uses the address “" + newSlug + "”. Choose another.");
        }
        Set<String> before = topics(id);
        store.rename(id, store.slugOf(id), newSlug, clock.instant());
        events.publishEvent(new ArticleUpdated(ref(id)));
        announce(id, before);
    }

    @Transactional
    public void delete(long id) {
        Set<String> before = topics(id);
        String slug = store.slugOf(id);
        store.delete(id, slug, clock.instant());
        events.publishEvent(new ArticleDeleted(id, slug));
        events.publishEvent(new PagesChanged(before));
    }

    public Optional<Editable> editable(long id) {
        return desk.editable(id);
    }

    /** The articles that lead with this picture, whose pages show its words. */
    public List<Editable> leadingWith(long pictureId) {
        return store.articlesLeadingWith(pictureId).stream().map(desk::editable).flatMap(Optional::stream).toList();
    }

    /** A page of the newsroom's list, most recently changed first. */
    public List<Row> list(Filter filter, int limit, int offset) {
        return desk.list(filter, limit, offset);
    }

    /** Every saved state of an article, newest first. */
    public List<Revision> revisions(long articleId) {
        return desk.revisions(articleId);
    }

    public Optional<Revision> revision(long articleId, long revisionId) {
        return desk.revision(articleId, revisionId);
    }

    /** The HTML the Markdown becomes on the site, by the same renderer, so writers see what readers get. */
    public String preview(String bodyMarkdown) {
        return markdown.toHtml(bodyMarkdown);
    }

    public long count() {
        return store.count();
    }

    /** The words of a picture leading articles changed: their pages show them. */
    @EventListener
    void on(PictureDescribed described) {
        Set<String> touched = new HashSet<>();
        for (long article : store.articlesLeadingWith(described.pictureId())) {
            touched.addAll(topics(article));
        }
        if (!touched.isEmpty()) {
            events.publishEvent(new PagesChanged(touched));
        }
    }

    /** A draft checked for what needs no database, its body rendered: done before a transaction starts. */
    private record Prepared(ArticleDraft draft, String headline, String standfirst, String body, String html,
            List<String> tags) {
    }

    /** Checks a draft against the rules every article keeps that need no database, and renders its body once. */
    private Prepared prepare(ArticleDraft d) {
        String headline = text(d.headline(), "headline", ArticleDraft.MAX_HEADLINE);
        if (headline.isEmpty()) {
            throw new EditRejected("headline", "Give the article a headline.");
        }
        String standfirst = text(d.standfirst(), "standfirst", ArticleDraft.MAX_STANDFIRST);
        String body = text(d.body(), "body", ArticleDraft.MAX_BODY);
        if (d.status() == null) {
            throw new EditRejected(null, "Say whether the article is a draft, scheduled or published.");
        }
        if (d.status() != ArticleStatus.DRAFT) {
            if (d.authorIds().isEmpty()) {
                throw new EditRejected("authorIds", "Choose at least one author for the byline before publishing.");
            }
            if (d.publishedAt() == null) {
                throw new EditRejected("scheduleAt", "Choose the date and time to publish at.");
            }
        }
        return new Prepared(d, headline, standfirst, body, markdown.toHtml(body), tagNames(d.tags()));
    }

    /** Checks what the database knows — a free address, sections, authors and pictures that exist — and names the tags. */
    private ArticleStore.Draft check(Prepared p, Long id) {
        ArticleDraft d = p.draft();
        String slug = address(d.slug(), p.headline(), id);
        if (d.sectionId() != null && taxonomy.section(d.sectionId()).isEmpty()) {
            throw new EditRejected("sectionId", "Choose one of the sections offered.");
        }
        for (long author : d.authorIds()) {
            if (authors.byId(author).isEmpty()) {
                throw new EditRejected("authorIds", "Choose authors from the list offered.");
            }
        }
        if (d.leadPictureId() != null && media.find(d.leadPictureId()).isEmpty()) {
            throw new EditRejected("leadMediaId", "That picture is no longer in the media library. Choose another.");
        }
        List<Long> tagIds = p.tags().stream().map(name -> taxonomy.tagNamed(name).id()).toList();
        return new ArticleStore.Draft(slug, p.headline(), p.standfirst(), p.body(), p.html(), d.leadPictureId(),
                d.sectionId(), d.authorIds(), tagIds, d.status(), d.publishedAt(), d.submittedAt());
    }

    /** The address as typed, checked; or, left blank, one made from the headline and numbered until free. */
    private String address(String typed, String headline, Long id) {
        if (typed == null || typed.isBlank()) {
            String base = Slugs.of(headline);
            String slug = base;
            for (int n = 2; store.slugTaken(slug, id); n++) {
                slug = Slugs.numbered(base, n);
            }
            return slug;
        }
        String slug = typed.strip();
        if (!Slugs.isValid(slug)) {
            throw new EditRejected("slug", "Use lower-case letters, digits and single hyphens in the address, "
                    + "e.g. harbour-wall-repairs; letters of any alphabet are welcome.");
        }
        if (store.slugTaken(slug, id)) {
            throw new EditRejected("slug", "Another article already uses the address “" + slug + "”. Choose another.");
        }
        return slug;
    }

    private static List<String> tagNames(List<String> typed) {
        List<String> names = typed.stream().map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        if (names.size() > ArticleDraft.MAX_TAGS) {
            throw new EditRejected("tags", "Use at most " + ArticleDraft.MAX_TAGS + " tags.");
        }
        for (String name : names) {
            if (name.length() > ArticleDraft.MAX_TAG_LENGTH) {
                throw new EditRejected("tags", "Keep each tag under " + ArticleDraft.MAX_TAG_LENGTH
                        + " characters: “" + name + "” is too long.");
            }
            if (TypedText.turnsDirection(name)) {
                throw new EditRejected("tags", TypedText.NO_DIRECTION_MARKS);
            }
        }
        return names;
    }

    private static String text(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new EditRejected(field, "Keep this under " + max + " characters (it has " + text.length() + ").");
        }
        return text;
    }

    private ArticleRef ref(long id) {
        return articles.ref(id).orElseThrow();
    }

    /** The page topics the article shows up under as it stands now. */
    private Set<String> topics(long id) {
        return store.topicsOf(id, publications.current().timeZone());
    }

    /** Tells the page cache which pages the article was and now is on. */
    private void announce(long id, Set<String> before) {
        Set<String> all = new LinkedHashSet<>(before);
        all.addAll(topics(id));
        events.publishEvent(new PagesChanged(all));
    }
}
