package org.masthead.publishing;

import org.masthead.media.Picture;

/**
 * An author's public profile, as their page shows it.
 *
 * @param avatar their picture, or null
 * @param userId the staff account whose profile drives this byline, or null
 */
public record Author(long id, String slug, String name, String bioShort, String bioLong, Picture avatar,
        Long userId) {

    public String path() {
        return "/author/" + slug;
    }

    /** The picture's smallest size, for the author page and the newsroom; null without one. */
    public String avatarUrl() {
        return avatar == null ? null : avatar.thumbnail();
    }
}
