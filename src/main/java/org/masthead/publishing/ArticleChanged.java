package org.masthead.publishing;

import java.util.Set;

/**
 * An article was published, changed, withdrawn or deleted.
 *
 * @param topics the {@link PageTopics} of every page that showed or now shows the article, before
 *     and after the change (a moved article touches both its old and its new section)
 */
public record ArticleChanged(long articleId, Set<String> topics) {
}
