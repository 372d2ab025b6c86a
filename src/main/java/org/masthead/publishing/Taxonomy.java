package org.masthead.publishing;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Set;
import org.masthead.accounts.Member;
import org.masthead.publishing.NewsroomPolicy.Action;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Editors' care of sections, authors and tags. Sections are the navigation, so a change to them
 * refreshes every page; an author or tag change refreshes the pages that show it.
 */
@Service
class Taxonomy {

    private final SectionRepository sections;
    private final AuthorRepository authors;
    private final TagRepository tags;
    private final Publishing publishing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Taxonomy(SectionRepository sections, AuthorRepository authors, TagRepository tags, Publishing publishing,
            ApplicationEventPublisher events, Clock clock) {
        this.sections = sections;
        this.authors = authors;
        this.tags = tags;
        this.publishing = publishing;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    void addSection(Member member, String name, String description) {
        allowed(member);
        String clean = name(name, "section");
        String slug = Slugs.of(clean);
        if (sections.bySlug(slug).isPresent()) {
            throw new ArticleProblem("name", "There is already a section called “" + clean + "”.");
        }
        publishing.addSection(slug, clean, description(description));
    }

    @Transactional
    void updateSection(Member member, long id, String name, String description) {
        allowed(member);
        sections.update(id, name(name, "section"), description(description));
        publishing.refreshSections();
    }

    @Transactional
    void moveSection(Member member, long id, boolean up) {
        allowed(member);
        sections.move(id, up);
        publishing.refreshSections();
    }

    @Transactional
    void addAuthor(Member member, String name, String bioShort, String bioLong) {
        allowed(member);
        String clean = name(name, "author");
        String slug = Slugs.of(clean);
        if (authors.slugTaken(slug)) {
            throw new ArticleProblem("name", "There is already an author at /author/" + slug + ".");
        }
        authors.create(slug, clean, bio(bioShort, 160), bio(bioLong, 1200), null, clock.instant());
    }

    @Transactional
    void updateAuthor(Member member, long id, String name, String bioShort, String bioLong, Long userId) {
        allowed(member);
        var author = authors.byId(id).orElseThrow(() -> new ArticleProblem(null, "There is no such author."));
        authors.update(id, name(name, "author"), bio(bioShort, 160), bio(bioLong, 1200), clock.instant());
        authors.link(id, userId);
        events.publishEvent(new TaxonomyChanged(Set.of(PageTopics.byline(id), PageTopics.author(author.slug()),
                PageTopics.ALL_ARTICLES)));
    }

    @Transactional
    void renameTag(Member member, long id, String name) {
        allowed(member);
        var tag = tags.byId(id).orElseThrow(() -> new ArticleProblem(null, "There is no such tag."));
        tags.rename(id, name(name, "tag"));
        events.publishEvent(new TaxonomyChanged(topicsOfTag(tag.slug())));
    }

    @Transactional
    void deleteTag(Member member, long id) {
        allowed(member);
        var tag = tags.byId(id).orElseThrow(() -> new ArticleProblem(null, "There is no such tag."));
        tags.delete(id);
        events.publishEvent(new TaxonomyChanged(topicsOfTag(tag.slug())));
    }

    /** A tag's page, and every article page, since articles list their tags. */
    private static Set<String> topicsOfTag(String slug) {
        Set<String> topics = new LinkedHashSet<>();
        topics.add(PageTopics.tag(slug));
        topics.add(PageTopics.ALL_ARTICLES);
        topics.add(PageTopics.ARTICLE_PAGES);
        return topics;
    }

    private static void allowed(Member member) {
        NewsroomPolicy.require(member, Action.MANAGE_TAXONOMY, NewsroomPolicy.Standing.NEW);
    }

    private static String name(String value, String what) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > 80) {
            throw new ArticleProblem("name", "Give the " + what + " a name of 1 to 80 characters.");
        }
        return name;
    }

    private static String description(String value) {
        return bio(value, 300);
    }

    private static String bio(String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new ArticleProblem("bio", "Keep this under " + max + " characters.");
        }
        return text;
    }
}
