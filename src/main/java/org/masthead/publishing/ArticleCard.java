package org.masthead.publishing;

import java.util.List;
import org.masthead.media.Picture;
import org.masthead.pages.Dateline;

/**
 * An article as a list shows it.
 *
 * @param notes figures other modules add to the card, such as the number of comments
 */
public record ArticleCard(long id, String slug, String headline, String standfirst, Dateline published,
        Dateline updated, SectionLink section, Picture image, List<AuthorRef> authors, List<CardNote> notes) {

    ArticleCard withNotes(List<CardNote> added) {
        return new ArticleCard(id, slug, headline, standfirst, published, updated, section, image, authors,
                List.copyOf(added));
    }

    public String path() {
        return "/articles/" + slug;
    }

    /** "Ana Ruiz and Tom Bell", "Ana Ruiz, Tom Bell and Eve Li". */
    public String authorNames() {
        List<String> names = authors.stream().map(AuthorRef::name).toList();
        return switch (names.size()) {
            case 0 -> "";
            case 1 -> names.get(0);
            default -> String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        };
    }
}
