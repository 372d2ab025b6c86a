package org.masthead.media;

import java.math.RoundingMode;
import java.util.Locale;

/**
 * Why the media library refused a file or a change, in a sentence for the editor who tried it, with
 * the HTTP status that fits: 400 for content that is not a usable picture, 413 for one too large,
 * 404 for a picture that is not in the library, 503 when too many are being taken in at once.
 * Nothing was stored when this is thrown.
 */
public class MediaRejected extends RuntimeException {

    private final int status;

    private MediaRejected(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    static MediaRejected notAPicture() {
        return new MediaRejected(400,
                "This file is not a picture we can use: only JPEG, PNG, WebP and GIF are accepted.");
    }

    public static MediaRejected empty() {
        return new MediaRejected(400, "The file is empty.");
    }

    static MediaRejected damaged() {
        return new MediaRejected(400, "The picture could not be read; it may be damaged or incomplete.");
    }

    static MediaRejected tooManyBytes(long size, long limit) {
        return new MediaRejected(413, text("The file is %s; the limit is %s.",
                MediaSizes.bytes(size, RoundingMode.CEILING), MediaSizes.bytes(limit, RoundingMode.FLOOR)));
    }

    /** For a file that turned out longer than the limit, where reading on just to count it would be waste. */
    static MediaRejected overByteLimit(long limit) {
        return new MediaRejected(413, text("The file is larger than the limit of %s.",
                MediaSizes.bytes(limit, RoundingMode.FLOOR)));
    }

    static MediaRejected tooManyPixels(int width, int height, long limit) {
        return new MediaRejected(413, text("The picture is %d × %d pixels (%s megapixels); the limit is %s megapixels.",
                width, height, MediaSizes.megapixels((long) width * height, RoundingMode.CEILING),
                MediaSizes.megapixels(limit, RoundingMode.FLOOR)));
    }

    static MediaRejected tooLong(int width, int height, int maxSide) {
        return new MediaRejected(413, text("The picture is %d × %d pixels; no side may be longer than %d pixels.",
                width, height, maxSide));
    }

    /** Too many pictures are being taken in at once; nothing was stored. */
    static MediaRejected busy() {
        return new MediaRejected(503, "The site is taking in many pictures at the moment. Nothing was stored: "
                + "please try again in a minute.");
    }

    public static MediaRejected notFound(long id) {
        return new MediaRejected(404, "There is no picture " + id + " in the media library.");
    }

    /** Digits as the editor types them, whatever the server's locale. */
    private static String text(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
