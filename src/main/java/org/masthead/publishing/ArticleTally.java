package org.masthead.publishing;

import java.util.Collection;
import java.util.Map;

/**
 * A figure another module keeps for each article and shows on its cards: the discussion's number of
 * comments is the first. Publishing asks for a whole list's figures at once when it reads the list;
 * a change to a figure refreshes the pages that show cards ({@link org.masthead.pages.PageTopics#CARDS}).
 */
public interface ArticleTally {

    /** The figures of these articles; an article with none may be left out. */
    Map<Long, Long> counts(Collection<Long> articleIds);

    /** How a figure reads on a card ("3 comments"), or null for a figure not worth showing. */
    String label(long count);

    /** Where on the article page the figure leads, such as {@code #comments}. */
    String anchor();
}
