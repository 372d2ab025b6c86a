package org.masthead.publishing;

import org.masthead.pages.TypedText;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.masthead.pages.PageTopics;
import org.masthead.pages.PagesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The publication's sections, authors and tags, for the newsroom that looks after them. Sections
 * are the navigation, so a change to them refreshes every page; an author or tag change refreshes
 * the pages that show it. Who may make these changes is the caller's to decide.
 *
 * @see Publishing for what readers' pages read
 */
@Service
public class Taxonomy {

    /** A section as the newsroom edits it. */
    public record Section(long id, String slug, String name, String description) {

        public SectionLink link() {
            return new SectionLink(slug, name);
        }
    }

    public record Tag(long id, String slug, String name) {

        public String path() {
            return "/tag/" + slug;
        }
    }

    /** A tag and how many articles carry it. */
    public record TagUse(long id, String slug, String name, long articles) {
    }

    static final int MAX_SHORT_BIO = 160;
    static final int MAX_LONG_BIO = 1200;

    private final TaxonomyRepository taxonomy;
    private final AuthorRepository authors;
    private final Publishing publishing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Taxonomy(TaxonomyRepository taxonomy, AuthorRepository authors, Publishing publishing,
            ApplicationEventPublisher events, Clock clock) {
        this.taxonomy = taxonomy;
        this.authors = authors;
        this.publishing = publishing;
        this.events = events;
        this.clock = clock;
    }

    public List<Section> sections() {
        return taxonomy.sections();
    }

    public List<Author> authors() {
        return authors.all();
    }

    public Optional<Author> author(long id) {
        return authors.byId(id);
    }

    public List<TagUse> tagUses() {
        return taxonomy.tagUses();
    }

    /** @return the new section's id */
    @Transactional
    public long addSection(String name, String description) {
        String clean = name(name, "section");
        String slug = Slugs.of(clean);
        if (taxonomy.section(slug).isPresent()) {
            throw new EditRejected("name", "There is already a section called “" + clean + "”.");
        }
        long id = taxonomy.createSection(slug, clean, text(description, "description", 300),
                taxonomy.sections().size());
        sectionsChanged();
        return id;
    }

    @Transactional
    public void updateSection(long id, String name, String description) {
        taxonomy.updateSection(id, name(name, "section"), text(description, "description", 300));
        sectionsChanged();
    }

    @Transactional
    public void moveSection(long id, boolean up) {
        taxonomy.moveSection(id, up);
        sectionsChanged();
    }

    /** Removes a section that no article is in any more, so that no article silently loses its place. */
    @Transactional
    public void deleteSection(long id) {
        long articles = taxonomy.articlesInSection(id);
        if (articles > 0) {
            throw new EditRejected(null, "This section still holds " + articles + (articles == 1 ? " article" : " articles")
                    + ". Move " + (articles == 1 ? "it" : "them") + " to another section first.");
        }
        taxonomy.deleteSection(id);
        sectionsChanged();
    }

    /** @return the new author's id */
    @Transactional
    public long addAuthor(String name, String bioShort, String bioLong, Long avatarPictureId) {
        String clean = name(name, "author");
        String slug = Slugs.of(clean);
        if (authors.slugTaken(slug)) {
            throw new EditRejected("name", "There is already an author at /author/" + slug + ".");
        }
        return authors.create(slug, clean, text(bioShort, "bioShort", MAX_SHORT_BIO),
                text(bioLong, "bioLong", MAX_LONG_BIO), avatarPictureId, clock.instant());
    }

    /** Changes an author's byline and ties it to a staff account (or unties it, with null). */
    @Transactional
    public void updateAuthor(long id, String name, String bioShort, String bioLong, Long userId) {
        Author author = authors.byId(id).orElseThrow(() -> new EditRejected(null, "There is no such author."));
        authors.update(id, name(name, "author"), text(bioShort, "bioShort", MAX_SHORT_BIO),
                text(bioLong, "bioLong", MAX_LONG_BIO), clock.instant());
        authors.link(id, userId);
        bylineChanged(author);
    }

    /**
     * Keeps a staff member's byline in step with their account: their name, their longer bio (when
     * they wrote one) and their picture.
     */
    @Transactional
    public void followProfile(long userId, String name, String bio, String avatarUrl) {
        authors.linkedTo(userId).ifPresent(author -> {
            String clean = name == null || name.isBlank() ? author.name() : name.strip();
            String bioLong = bio == null || bio.isBlank() ? author.bioLong() : bio.strip();
            authors.setNameAndBio(author.id(), clean, bioLong.length() > MAX_LONG_BIO
                    ? bioLong.substring(0, MAX_LONG_BIO) : bioLong, clock.instant());
            if (avatarUrl != null) {
                authors.setPortrait(author.id(), avatarUrl, clock.instant());
            }
            bylineChanged(author);
        });
    }

    @Transactional
    public void renameTag(long id, String name) {
        Tag tag = taxonomy.tag(id).orElseThrow(() -> new EditRejected(null, "There is no such tag."));
        taxonomy.renameTag(id, name(name, "tag"));
        events.publishEvent(new PagesChanged(topicsOfTag(tag.slug())));
    }

    @Transactional
    public void deleteTag(long id) {
        Tag tag = taxonomy.tag(id).orElseThrow(() -> new EditRejected(null, "There is no such tag."));
        taxonomy.deleteTag(id);
        events.publishEvent(new PagesChanged(topicsOfTag(tag.slug())));
    }

    private void sectionsChanged() {
        publishing.sectionsChanged();
        events.publishEvent(PagesChanged.everywhere());
    }

    private void bylineChanged(Author author) {
        events.publishEvent(PagesChanged.of(PageTopics.byline(author.id()), PageTopics.author(author.slug()),
                PageTopics.ALL_ARTICLES));
    }

    /** A tag's page, and every article page, since articles list their tags. */
    private static Set<String> topicsOfTag(String slug) {
        Set<String> topics = new LinkedHashSet<>();
        topics.add(PageTopics.tag(slug));
        topics.add(PageTopics.ALL_ARTICLES);
        topics.add(PageTopics.ARTICLE_PAGES);
        return topics;
    }

    private static String name(String value, String what) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new EditRejected("name", "Give the " + what + " a name of 1 to 80 characters.");
        }
        if (TypedText.turnsDirection(name)) {
            throw new EditRejected("name", TypedText.NO_DIRECTION_MARKS);
        }
        return name;
    }

    private static String text(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new EditRejected(field, "Keep this under " + max + " characters.");
        }
        return text;
    }
}
