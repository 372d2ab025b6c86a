package org.masthead.media;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stored picture as pages show it: the original plus narrower renditions for {@code srcset}, and
 * the words that go with it.
 *
 * @param key the storage key that names its files
 * @param extension the original's file extension, which is its format's
 * @param renditionExtension the renditions' extension: they are JPEG or PNG whatever the original is
 * @param widths the widths of the renditions made for it, narrowest first
 */
public record Picture(String key, String extension, String renditionExtension, int width, int height,
        List<Integer> widths, String alt, String caption, String credit) {

    /** The address of the rendition best suited as a default {@code src}. */
    public String src() {
        return widths.isEmpty() ? original() : url(widths.get(Math.min(1, widths.size() - 1)));
    }

    /** The original, for sharing cards and structured data. */
    public String largest() {
        return original();
    }

    /** The narrowest rendition, for small places such as an avatar; the original when the picture is small. */
    public String thumbnail() {
        return widths.isEmpty() ? original() : url(widths.get(0));
    }

    public String original() {
        return "/media/" + key + "." + extension;
    }

    public String url(int renditionWidth) {
        return "/media/" + key + "-" + renditionWidth + "." + renditionExtension;
    }

    /** Every rendition and the original itself, so the widest screens get the full picture. */
    public String srcset() {
        String renditions = widths.stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
        return (renditions.isEmpty() ? "" : renditions + ", ") + original() + " " + width + "w";
    }

    public int heightAt(int renditionWidth) {
        return Math.round((float) height * renditionWidth / width);
    }

    static List<Integer> parseWidths(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(stored.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
