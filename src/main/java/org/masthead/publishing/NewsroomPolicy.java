package org.masthead.publishing;

import org.masthead.accounts.Member;
import org.masthead.accounts.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may do what in the newsroom, decided on the server for every request whatever the page
 * showed. Contributors write drafts and submit them; authors also publish their own; editors and
 * owners edit and publish everything and look after sections, tags and authors.
 */
final class NewsroomPolicy {

    enum Action {
        CREATE, EDIT, SUBMIT, PUBLISH, SCHEDULE, UNPUBLISH, RESTORE, MANAGE_TAXONOMY, UPLOAD_MEDIA
    }

    /** Whose article it is and where it stands, as far as permissions care. */
    record Standing(Long createdBy, String status) {

        static final Standing NEW = new Standing(null, Editorial.DRAFT);

        /** An article not yet saved belongs to whoever is writing it. */
        static Standing newBy(Member member) {
            return new Standing(member == null ? null : member.id(), Editorial.DRAFT);
        }
    }

    private NewsroomPolicy() {
    }

    static boolean may(Member member, Action action, Standing article) {
        if (member == null) {
            return false;
        }
        Role role = member.role();
        if (role == Role.OWNER || role == Role.EDITOR) {
            return true;
        }
        boolean own = article.createdBy() != null && article.createdBy() == member.id();
        return switch (role) {
            case AUTHOR -> switch (action) {
                case CREATE, UPLOAD_MEDIA -> true;
                case EDIT, SUBMIT, PUBLISH, SCHEDULE, UNPUBLISH, RESTORE -> own;
                case MANAGE_TAXONOMY -> false;
            };
            case CONTRIBUTOR -> switch (action) {
                case CREATE, UPLOAD_MEDIA -> true;
                // Once an editor has published or scheduled it, the article is no longer the contributor's to change.
                case EDIT, SUBMIT, RESTORE -> own && Editorial.DRAFT.equals(article.status());
                case PUBLISH, SCHEDULE, UNPUBLISH, MANAGE_TAXONOMY -> false;
            };
            default -> false;
        };
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
            default -> "Your role cannot do that.";
        };
    }
}
