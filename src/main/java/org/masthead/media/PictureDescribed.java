package org.masthead.media;

/** What is said about a picture — its alt text, caption or credit — changed; pages showing it are out of date. */
public record PictureDescribed(long pictureId) {
}
