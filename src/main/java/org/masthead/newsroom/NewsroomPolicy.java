package org.masthead.newsroom;

import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.masthead.publishing.ArticleStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what in the newsroom, decided on the server for every request whatever the page
 * showed. Contributors write drafts and submit them; authors also publish their own; editors and
 * owners edit and publish everything and look after sections, tags and authors; only owners manage
 * people and the publication's settings.
 */
final class NewsroomPolicy {

    enum Action {
        CREATE, EDIT, SUBMIT, PUBLISH, SCHEDULE, UNPUBLISH, RESTORE, MANAGE_TAXONOMY, UPLOAD_MEDIA, MANAGE_PEOPLE,
        MANAGE_SETTINGS
    }

    /** Whose article it is and where it stands, as far as permissions care. */
    record Standing(Long createdBy, ArticleStatus status) {

        /** An article not yet saved belongs to whoever is writing it. */
        static Standing newBy(Member member) {
            return new Standing(member == null ? null : member.id(), ArticleStatus.DRAFT);
        }
    }

    private NewsroomPolicy() {
    }

    static boolean may(Member member, Action action) {
        return may(member, action, Standing.newBy(member));
    }

    static boolean may(Member member, Action action, Standing article) {
        if (member == null) {
            return false;
        }
        Role role = member.role();
        if (role == Role.OWNER) {
            return true;
        }
        if (action == Action.MANAGE_PEOPLE || action == Action.MANAGE_SETTINGS) {
            return false;
        }
        if (role == Role.EDITOR) {
            return true;
        }
        boolean own = article.createdBy() != null && article.createdBy() == member.id();
        return switch (role) {
            case AUTHOR -> switch (action) {
                case CREATE, UPLOAD_MEDIA -> true;
                case EDIT, SUBMIT, PUBLISH, SCHEDULE, UNPUBLISH, RESTORE -> own;
                default -> false;
            };
            case CONTRIBUTOR -> switch (action) {
                case CREATE, UPLOAD_MEDIA -> true;
                // Once an editor has published or scheduled it, the article is no longer the contributor's to change.
                case EDIT, SUBMIT, RESTORE -> own && article.status() == ArticleStatus.DRAFT;
                default -> false;
            };
            default -> false;
        };
    }

    static void require(Member member, Action action) {
        require(member, action, Standing.newBy(member));
    }

    static void require(Member member, Action action, Standing article) {
        if (!may(member, action, article)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, refusal(action));
        }
    }

    private static String refusal(Action action) {
        return switch (action) {
            case PUBLISH, SCHEDULE, UNPUBLISH -> "Your role cannot publish, schedule or unpublish this article.";
            case MANAGE_TAXONOMY -> "Only editors can manage sections, tags and authors.";
            case EDIT, SUBMIT, RESTORE -> "You can only change your own articles, and contributors only while they are drafts.";
            case MANAGE_PEOPLE -> "Only the owner can manage people and roles.";
            case MANAGE_SETTINGS -> "Only the owner can change the publication's settings.";
            default -> "Your role cannot do that.";
        };
    }
}
