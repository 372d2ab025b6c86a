package org.masthead.publishing;

/** An author's public profile, as their page shows it. */
public record AuthorProfile(long id, String slug, String name, String bioShort, String bioLong, String avatarKey,
        String avatarType, Long userId) {

    public String path() {
        return "/author/" + slug;
    }

    public String avatarUrl() {
        return avatarKey == null ? null : "/media/" + avatarKey + "." + MediaFormat.extensionOf(avatarType);
    }
}
