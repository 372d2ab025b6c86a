package org.masthead.media;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * The picture formats the media library accepts. A file's format is told by its first bytes, never
 * by its name or the type a browser claims for it: both are whatever the sender chose.
 */
enum MediaFormat {

    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png", "png"),
    GIF("image/gif", "gif", "gif"),
    WEBP("image/webp", "webp", "webp");

    /** How many leading bytes {@link #sniff} needs to see. */
    static final int SIGNATURE_LENGTH = 12;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final String contentType;
    private final String extension;
    private final String readerName;

    MediaFormat(String contentType, String extension, String readerName) {
        this.contentType = contentType;
        this.extension = extension;
        this.readerName = readerName;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    /** The format whose signature the file starts with, if it is one we accept. */
    static Optional<MediaFormat> sniff(byte[] head) {
        if (startsWith(head, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(head, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, 0, ascii("GIF87a")) || startsWith(head, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(head, 0, ascii("RIFF")) && startsWith(head, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    /** The format stored under this content type; rows from before the library only held JPEG and PNG. */
    static MediaFormat ofContentType(String contentType) {
        for (MediaFormat format : values()) {
            if (format.contentType.equals(contentType)) {
                return format;
            }
        }
        return JPEG;
    }

    /** The extension of the stored file, which is what decides the type it is served with. */
    static String extensionOf(String contentType) {
        return ofContentType(contentType).extension;
    }

    /**
     * A reader for exactly this format, so that a file is decoded as what its signature says and
     * never handed to whichever other ImageIO plugin claims it.
     */
    ImageReader newReader() {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(readerName);
        if (!readers.hasNext()) {
            // ImageIO registers plugins once, with the class loader of whoever touched it first; in
            // some containers that misses the WebP plugin, which a rescan then finds.
            ImageIO.scanForPlugins();
            readers = ImageIO.getImageReadersByFormatName(readerName);
        }
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + readerName + " on the class path");
        }
        return readers.next();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
