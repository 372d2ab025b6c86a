package org.masthead.publishing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.masthead.accounts.Member;
import org.masthead.publishing.NewsroomPolicy.Action;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's desk: saving an article from the editor and moving it through draft, review,
 * schedule and publication. Every save checks the writer's role, refuses a save based on a stale
 * version, keeps a revision, updates the search index and announces which pages changed.
 */
@Service
class Desk {

    /** What the writer asked the save to do besides storing the text. */
    enum Intent {
        SAVE, SUBMIT, PUBLISH, SCHEDULE, UNPUBLISH;

        static Intent of(String action) {
            return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(action)).findFirst().orElse(SAVE);
        }
    }

    static final int MAX_HEADLINE = 200;
    static final int MAX_STANDFIRST = 400;
    static final int MAX_BODY = 200_000;
    static final int MAX_TAGS = 12;

    private final ArticleStore store;
    private final NewsroomRepository newsroom;
    private final TagRepository tags;
    private final SearchIndex search;
    private final Markdown markdown;
    private final Publishing publishing;
    private final Editorial editorial;
    private final Clock clock;

    Desk(ArticleStore store, NewsroomRepository newsroom, TagRepository tags, SearchIndex search, Markdown markdown,
            Publishing publishing, Editorial editorial, Clock clock) {
        this.store = store;
        this.newsroom = newsroom;
        this.tags = tags;
        this.search = search;
        this.markdown = markdown;
        this.publishing = publishing;
        this.editorial = editorial;
        this.clock = clock;
    }

    /** Saves the form and returns the article's id. */
    @Transactional
    long save(Member member, ArticleForm form, Intent intent) {
        NewsroomRepository.Editable before = form.id() == null ? null
                : newsroom.editable(form.id()).orElseThrow(() -> new ArticleProblem(null, "This article no longer exists."));
        NewsroomPolicy.Standing standing = before == null ? NewsroomPolicy.Standing.newBy(member) : before.standing();
        NewsroomPolicy.require(member, before == null ? Action.CREATE : Action.EDIT, standing);
        switch (intent) {
            case SUBMIT -> NewsroomPolicy.require(member, Action.SUBMIT, standing);
            case PUBLISH -> NewsroomPolicy.require(member, Action.PUBLISH, standing);
            case SCHEDULE -> NewsroomPolicy.require(member, Action.SCHEDULE, standing);
            case UNPUBLISH -> NewsroomPolicy.require(member, Action.UNPUBLISH, standing);
            default -> { }
        }

        String headline = required(form.headline(), "headline", "Give the article a headline.", MAX_HEADLINE);
        String slug = form.slug() == null || form.slug().isBlank() ? Slugs.of(headline) : form.slug().strip();
        if (!Slugs.isValid(slug)) {
            throw new ArticleProblem("slug", "Use lower-case letters, digits and single hyphens in the address, e.g. harbour-wall-repairs.");
        }
        if (store.slugTaken(slug, form.id())) {
            throw new ArticleProblem("slug", "Another article already uses the address “" + slug + "”. Choose another.");
        }
        String standfirst = optional(form.standfirst(), "standfirst", MAX_STANDFIRST);
        String body = optional(form.body(), "body", MAX_BODY);
        List<Long> authorIds = form.authorIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(form.authorIds()));
        List<String> tagNames = tagNames(form.tags());

        Instant now = clock.instant();
        String status = before == null ? Editorial.DRAFT : before.status();
        Instant publishedAt = before == null || before.publishedAt() == null ? null : Instant.ofEpochMilli(before.publishedAt());
        Instant submittedAt = before == null || before.submittedAt() == null ? null : Instant.ofEpochMilli(before.submittedAt());
        switch (intent) {
            case SUBMIT -> submittedAt = now;
            case PUBLISH -> {
                requireAuthor(authorIds);
                status = Editorial.PUBLISHED;
                if (publishedAt == null || publishedAt.isAfter(now)) {
                    publishedAt = now;
                }
            }
            case SCHEDULE -> {
                requireAuthor(authorIds);
                status = Editorial.SCHEDULED;
                publishedAt = scheduleTime(form.scheduleAt(), now);
            }
            case UNPUBLISH -> {
                status = Editorial.DRAFT;
                // An article that never went out forgets its planned time; one that did keeps it, so its address answers 410.
                if (publishedAt != null && publishedAt.isAfter(now)) {
                    publishedAt = null;
                }
            }
            default -> { }
        }

        Set<String> topicsBefore = before == null ? Set.of() : editorial.topics(before.id());
        List<Long> tagIds = tagNames.stream().map(name -> tags.named(name).id()).toList();
        var draft = new ArticleStore.Draft(slug, headline, standfirst, body, markdown.toHtml(body), form.leadMediaId(),
                form.sectionId(), authorIds, tagIds, status, publishedAt);
        long id;
        if (before == null) {
            id = store.insert(draft, now, now);
            store.setCreator(id, member.id(), submittedAt);
        }
        else {
            id = before.id();
            if (form.version() == null || !store.update(id, form.version(), draft, submittedAt, now)) {
                throw new EditConflict();
            }
            if (!before.slug().equals(slug) && before.publishedAt() != null) {
                store.keepRedirect(id, before.slug(), slug);
            }
        }
        search.index(id, headline, standfirst, markdown.toText(body));
        newsroom.addRevision(newsroom.editable(id).orElseThrow(), member.id(), now);
        editorial.announce(id, topicsBefore);
        return id;
    }

    private Instant scheduleTime(String local, Instant now) {
        if (local == null || local.isBlank()) {
            throw new ArticleProblem("scheduleAt", "Choose the date and time to publish at.");
        }
        try {
            Instant at = LocalDateTime.parse(local.strip()).atZone(publishing.publication().timeZone()).toInstant();
            if (!at.isAfter(now)) {
                throw new ArticleProblem("scheduleAt", "Choose a time in the future, or publish now.");
            }
            return at;
        }
        catch (DateTimeParseException e) {
            throw new ArticleProblem("scheduleAt", "Give the time as a date and a time, e.g. 2026-12-01 07:30.");
        }
    }

    private static void requireAuthor(List<Long> authorIds) {
        if (authorIds.isEmpty()) {
            throw new ArticleProblem("authorIds", "Choose at least one author for the byline before publishing.");
        }
    }

    private static String required(String value, String field, String message, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new ArticleProblem(field, message);
        }
        if (text.length() > max) {
            throw new ArticleProblem(field, "Keep this under " + max + " characters (it has " + text.length() + ").");
        }
        return text;
    }

    private static String optional(String value, String field, int max) {
        String text = value == null ? "" : value.strip();
        if (text.length() > max) {
            throw new ArticleProblem(field, "Keep this under " + max + " characters (it has " + text.length() + ").");
        }
        return text;
    }

    static List<String> tagNames(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        List<String> names = Arrays.stream(typed.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                .distinct().toList();
        if (names.size() > MAX_TAGS) {
            throw new ArticleProblem("tags", "Use at most " + MAX_TAGS + " tags.");
        }
        for (String name : names) {
            if (name.length() > 40) {
                throw new ArticleProblem("tags", "Keep each tag under 40 characters: “" + name + "” is too long.");
            }
        }
        return names;
    }
}
