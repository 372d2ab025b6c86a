/**
 * Media: the newsroom's pictures — uploads checked by their content, the library, and the
 * renditions made once on arrival so that no reader's request ever resizes an image.
 *
 * <p>Other modules use {@link org.masthead.media.MediaLibrary} and show pictures as
 * {@link org.masthead.media.Picture} (the {@code media/picture.jte} template renders one with its
 * {@code srcset}). Media knows nothing of what uses a picture: when its words change it says so with
 * {@link org.masthead.media.PictureDescribed}, and no other module reads its tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media", allowedDependencies = {})
package org.masthead.media;
