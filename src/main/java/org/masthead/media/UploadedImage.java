package org.masthead.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/**
 * An uploaded file that has been found to be a whole picture of an accepted format within the
 * limits, with its pixels decoded for the renditions.
 *
 * @param width the width as the picture is seen, after any EXIF turn
 * @param height the height as the picture is seen
 * @param pixels the picture as seen, possibly at a fraction of its size: only the renditions use it,
 *     and none is wider than {@link MediaStore#RENDITION_WIDTHS}' widest
 */
record UploadedImage(MediaFormat format, int width, int height, BufferedImage pixels) {

    /**
     * How large an upload may be, in bytes, in pixels and along its longer side, and how wide its
     * pixels need to be decoded for what is made of them.
     */
    record Limits(long maxBytes, long maxPixels, int maxSide, int decodeWidth) {

        /** For the library: decoded at most twice as wide as the widest rendition. */
        Limits(long maxBytes, long maxPixels, int maxSide) {
            this(maxBytes, maxPixels, maxSide,
                    2 * MediaStore.RENDITION_WIDTHS.get(MediaStore.RENDITION_WIDTHS.size() - 1));
        }
    }

    /**
     * Checks the file from the cheapest test to the dearest: its size, its first bytes, the size its
     * header declares and only then its pixels, so that a decompression bomb or a huge picture is
     * refused before memory is spent on it.
     *
     * @throws MediaRejected when the file is not such a picture
     */
    static UploadedImage inspect(Path file, Limits limits) throws IOException {
        long size = Files.size(file);
        if (size == 0) {
            throw MediaRejected.empty();
        }
        if (size > limits.maxBytes()) {
            throw MediaRejected.tooManyBytes(size, limits.maxBytes());
        }
        MediaFormat format = MediaFormat.sniff(head(file)).orElseThrow(MediaRejected::notAPicture);
        if (MediaTruncation.isCut(file, format)) {
            throw MediaRejected.damaged();
        }
        ImageReader reader = format.newReader();
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, true, true);
            int width;
            int height;
            try {
                width = reader.getWidth(0);
                height = reader.getHeight(0);
            }
            catch (IOException | RuntimeException e) {
                throw MediaRejected.damaged();
            }
            if (width <= 0 || height <= 0) {
                throw MediaRejected.damaged();
            }
            if ((long) width * height > limits.maxPixels()) {
                throw MediaRejected.tooManyPixels(width, height, limits.maxPixels());
            }
            if (Math.max(width, height) > limits.maxSide()) {
                throw MediaRejected.tooLong(width, height, limits.maxSide());
            }
            int orientation = format == MediaFormat.JPEG ? MediaOrientation.of(file) : MediaOrientation.NORMAL;
            boolean swap = MediaOrientation.swapsSides(orientation);
            BufferedImage pixels = decode(reader, swap ? height : width, limits.decodeWidth());
            return new UploadedImage(format, swap ? height : width, swap ? width : height,
                    MediaOrientation.apply(pixels, orientation));
        }
        finally {
            reader.dispose();
        }
    }

    /**
     * Decodes every byte of the picture, so that damage anywhere is found; a JPEG decoder only warns
     * about a missing end or corrupt data and hands back a half-grey picture, so warnings count as
     * damage too. Told the file's length, the WebP reader also refuses a file that claims over 2048
     * times its length in memory: it would otherwise spend minutes reading past the end of a few
     * dozen bytes that claim millions of pixels.
     *
     * <p>Pixels are skipped evenly so that what is decoded is at most {@code decodeWidth} wide (for the
     * library twice the widest rendition): a 24-megapixel phone photo then takes a quarter of its
     * full-size memory (about 20 MB instead of 72 MB, before it is turned), which the server's small
     * heap can afford, while the renditions, at most half as wide, lose next to nothing.
     */
    private static BufferedImage decode(ImageReader reader, int seenWidth, int decodeWidth) {
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        ImageReadParam param = reader.getDefaultReadParam();
        int step = Math.max(1, (seenWidth + decodeWidth - 1) / decodeWidth);
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        BufferedImage pixels;
        try {
            pixels = reader.read(0, param);
        }
        catch (IOException | RuntimeException e) {
            throw MediaRejected.damaged();
        }
        if (!warnings.isEmpty()) {
            throw MediaRejected.damaged();
        }
        return pixels;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(MediaFormat.SIGNATURE_LENGTH);
        }
    }
}
