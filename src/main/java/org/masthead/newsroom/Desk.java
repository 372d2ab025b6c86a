package org.masthead.newsroom;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.masthead.accounts.Member;
import org.masthead.newsroom.NewsroomPolicy.Action;
import org.masthead.newsroom.NewsroomPolicy.Standing;
import org.masthead.publishing.ArticleDraft;
import org.masthead.publishing.ArticleRef;
import org.masthead.publishing.ArticleStatus;
import org.masthead.publishing.EditRejected;
import org.masthead.publishing.Editorial;
import org.masthead.publishing.Publishing;
import org.springframework.stereotype.Service;

/**
 * The newsroom's desk: turns what a writer did in the editor — save, submit for review, publish,
 * schedule, unpublish — into the article's next state, after checking that their role allows it.
 * Storing it, with its rules and its revision, is {@link Editorial}'s.
 */
@Service
class Desk {

    /** What the writer asked the save to do besides storing the text. */
    enum Intent {
        SAVE, SUBMIT, PUBLISH, SCHEDULE, UNPUBLISH;

        static Intent of(String action) {
            return Arrays.stream(values()).filter(v -> v.name().equalsIgnoreCase(action)).findFirst().orElse(SAVE);
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Editorial editorial;
    private final Publishing publishing;
    private final Clock clock;

    Desk(Editorial editorial, Publishing publishing, Clock clock) {
        this.editorial = editorial;
        this.publishing = publishing;
        this.clock = clock;
    }

    /**
     * Saves the form as a new article ({@code id} null) or over a stored one. The permission check
     * reads the article outside the write, which {@link Editorial} keeps short; every change to an
     * article, a scheduled one going out included, moves its version on, so a save that was checked
     * against an article that has changed since is refused as a conflict.
     *
     * @throws EditRejected when the article cannot be saved as it is; nothing is stored then
     */
    ArticleRef save(Member member, Long id, ArticleForm form) {
        Editorial.Editable before = id == null ? null : editorial.editable(id)
                .orElseThrow(() -> new EditRejected(null, "This article no longer exists."));
        Standing standing = before == null ? Standing.newBy(member) : standing(before);
        NewsroomPolicy.require(member, before == null ? Action.CREATE : Action.EDIT, standing);
        Intent intent = Intent.of(form.action());
        switch (intent) {
            case SUBMIT -> NewsroomPolicy.require(member, Action.SUBMIT, standing);
            case PUBLISH -> NewsroomPolicy.require(member, Action.PUBLISH, standing);
            case SCHEDULE -> NewsroomPolicy.require(member, Action.SCHEDULE, standing);
            case UNPUBLISH -> NewsroomPolicy.require(member, Action.UNPUBLISH, standing);
            default -> { }
        }

        Instant now = clock.instant();
        ArticleStatus status = before == null ? ArticleStatus.DRAFT : before.status();
        Instant publishedAt = before == null ? null : before.publishedAt();
        Instant submittedAt = before == null ? null : before.submittedAt();
        switch (intent) {
            case SUBMIT -> submittedAt = now;
            case PUBLISH -> {
                status = ArticleStatus.PUBLISHED;
                if (publishedAt == null || publishedAt.isAfter(now)) {
                    publishedAt = now;
                }
            }
            case SCHEDULE -> {
                status = ArticleStatus.SCHEDULED;
                publishedAt = scheduleTime(form.scheduleAt(), now);
            }
            case UNPUBLISH -> {
                status = ArticleStatus.DRAFT;
                // An article that never went out forgets its planned time; one that did keeps it, so its address answers 410.
                if (publishedAt != null && publishedAt.isAfter(now)) {
                    publishedAt = null;
                }
            }
            default -> { }
        }
        ArticleDraft draft = new ArticleDraft(form.slug(), form.headline(), form.standfirst(), form.body(),
                form.leadMediaId(), form.sectionId(), form.authorIds(), tagNames(form.tags()), status, publishedAt,
                submittedAt, null);
        if (before == null) {
            return editorial.create(draft, member.id());
        }
        if (form.version() == null) {
            throw new EditRejected.Conflict();
        }
        return editorial.save(id, form.version(), draft, member.id());
    }

    static Standing standing(Editorial.Editable article) {
        return new Standing(article.createdBy(), article.status());
    }

    /** How far ahead an article may be scheduled; beyond, a date is surely mistyped (and may not fit a timestamp). */
    static final java.time.Duration SCHEDULE_AHEAD = java.time.Duration.ofDays(3653);

    private Instant scheduleTime(String local, Instant now) {
        if (local == null || local.isBlank()) {
            throw new EditRejected("scheduleAt", "Choose the date and time to publish at.");
        }
        try {
            Instant at = LocalDateTime.parse(local.strip()).atZone(publishing.publication().timeZone()).toInstant();
            if (!at.isAfter(now)) {
                throw new EditRejected("scheduleAt", "Choose a time in the future, or publish now.");
            }
            if (at.isAfter(now.plus(SCHEDULE_AHEAD))) {
                throw new EditRejected("scheduleAt", "Choose a time within the next ten years.");
            }
            return at;
        }
        catch (DateTimeParseException e) {
            throw new EditRejected("scheduleAt", "Give the time as a date and a time, e.g. 2026-12-01 07:30.");
        }
    }

    /** The tags as typed, one per comma. */
    static List<String> tagNames(String typed) {
        return typed == null || typed.isBlank() ? List.of()
                : Arrays.stream(typed.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }
}
