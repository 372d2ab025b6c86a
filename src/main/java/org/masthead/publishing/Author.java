package org.masthead.publishing;

import org.masthead.media.Picture;

/**
 * An author's public profile, as their page shows it.
 *
 * @param avatar their picture from the media library, or null
 * @param portraitUrl the portrait of the staff account behind the byline, which comes first, or null
 * @param userId the staff account whose profile drives this byline, or null
 */
public record Author(long id, String slug, String name, String bioShort, String bioLong, Picture avatar,
        String portraitUrl, Long userId) {

    public String path() {
        return "/author/" + slug;
    }

    /** Their portrait, or their picture's smallest size, for the author page and the newsroom; null without either. */
    public String avatarUrl() {
        return portraitUrl != null ? portraitUrl : avatar == null ? null : avatar.thumbnail();
    }
}
