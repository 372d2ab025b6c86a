package org.masthead.publishing;

import java.util.Set;

/**
 * An author's profile or a tag changed.
 *
 * @param topics the {@link PageTopics} of the pages that show it
 */
public record TaxonomyChanged(Set<String> topics) {
}
