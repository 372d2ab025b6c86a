package org.masthead.media;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * A picture in the media library, as the newsroom's pages show it.
 *
 * @param key the storage key that names its files
 * @param contentType the original's type, as its content showed it to be
 * @param renditionType the renditions' type: JPEG, or PNG for pictures with transparency
 * @param width the width as the picture is seen (after any EXIF turn)
 * @param renditionWidths the widths of the renditions made for it, narrowest first
 * @param originalName the name the file was uploaded under, for finding it again; never used on disk
 * @param byteSize the original file's size
 * @param uploadedBy the account that uploaded it; null for pictures the program made
 */
public record Media(long id, String key, String contentType, String renditionType, int width, int height,
        List<Integer> renditionWidths, String alt, String caption, String credit, String originalName,
        long byteSize, Long uploadedBy, Instant created) {

    /** The original, exactly as uploaded. */
    public String url() {
        return image().original();
    }

    public String renditionUrl(int renditionWidth) {
        return image().url(renditionWidth);
    }

    /** The narrowest rendition, for the library's grid; the original when the picture is small. */
    public String thumbnailUrl() {
        return image().thumbnail();
    }

    /** The picture as pages show it, with {@code srcset}. */
    public Picture image() {
        return new Picture(key, MediaFormat.extensionOf(contentType), MediaFormat.extensionOf(renditionType), width,
                height, renditionWidths, alt, caption, credit);
    }

    /** "JPEG", "PNG", "GIF", "WEBP". */
    public String typeName() {
        return MediaFormat.ofContentType(contentType).name();
    }

    /** "2.4 MB". */
    public String size() {
        return MediaSizes.bytes(byteSize, RoundingMode.HALF_UP);
    }
}
