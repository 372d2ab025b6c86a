package org.masthead.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps pictures on disk under generated names and makes their narrower renditions once, when they
 * arrive, so that no reader's request ever resizes an image. A picture's files appear whole or not
 * at all: whatever fails half-way takes the files it had written with it.
 */
@Component
class MediaStore {

    /** Widths made for {@code srcset}; a rendition is made only when the original is wider. */
    static final List<Integer> RENDITION_WIDTHS = List.of(480, 960, 1600);

    private static final SecureRandom KEYS = new SecureRandom();

    private final Path directory;

    MediaStore(@Value("${masthead.media-dir:${masthead.data-dir}/media}") Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path directory() {
        return directory;
    }

    /**
     * A picture written to disk.
     *
     * @param format the original's format, which names its file
     * @param renditionFormat the renditions' format: JPEG, or PNG for pictures with transparency
     * @param widths the rendition widths made
     * @param byteSize the original file's size
     */
    record Stored(String key, MediaFormat format, MediaFormat renditionFormat, int width, int height,
            List<Integer> widths, long byteSize) {

        String extension() {
            return format.extension();
        }
    }

    /** Stores a picture drawn by the program as JPEG (PNG when it has transparency) with its renditions. */
    Stored store(BufferedImage image) {
        MediaFormat format = transparent(image) ? MediaFormat.PNG : MediaFormat.JPEG;
        return place(format, format, image, image.getWidth(), image.getHeight(), original -> {
            Files.createDirectories(directory);
            write(image, original, format);
            return Files.size(original);
        });
    }

    /** A new, empty file in the media directory to receive an upload before it has been checked. */
    Path newUpload() {
        try {
            Files.createDirectories(directory);
            // Same directory, so that moving it into place is a rename; its name is never served.
            return Files.createFile(directory.resolve("upload-" + newKey() + ".part"));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not receive an upload in " + directory, e);
        }
    }

    /** Removes an upload that was refused, or that {@link #keep} has already moved away. */
    void discard(Path upload) {
        deleteQuietly(List.of(upload));
    }

    /**
     * Moves a checked upload into place, byte for byte as it arrived, under a new key and the
     * extension of the format its content showed, then makes its renditions.
     */
    Stored keep(Path upload, UploadedImage image) {
        MediaFormat renditionFormat = transparent(image.pixels()) ? MediaFormat.PNG : MediaFormat.JPEG;
        return place(image.format(), renditionFormat, image.pixels(), image.width(), image.height(), original -> {
            long byteSize = Files.size(upload);
            Files.move(upload, original);
            return byteSize;
        });
    }

    /** Writes an original to its final place and says how many bytes it has. */
    private interface OriginalWriter {
        long writeTo(Path original) throws IOException;
    }

    /**
     * Gives a picture a new key, puts its original in place and makes its renditions; on any
     * failure every file written so far is removed again, so a picture is stored whole or not at all.
     */
    private Stored place(MediaFormat format, MediaFormat renditionFormat, BufferedImage pixels, int width, int height,
            OriginalWriter originalWriter) {
        String key = newKey();
        List<Path> written = new ArrayList<>();
        boolean complete = false;
        try {
            Path original = directory.resolve(key + "." + format.extension());
            // Listed before it is written, so that a half-written original is removed too.
            written.add(original);
            long byteSize = originalWriter.writeTo(original);
            Stored stored = new Stored(key, format, renditionFormat, width, height,
                    renditions(key, pixels, width, height, renditionFormat, written), byteSize);
            complete = true;
            return stored;
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not store a picture in " + directory, e);
        }
        finally {
            if (!complete) {
                deleteQuietly(written);
            }
        }
    }

    /** Where people's portraits are kept: apart from the library, one small square each. */
    Path portraits() {
        return directory.resolve("portraits");
    }

    /**
     * Writes a person's portrait: the middle square of the picture, {@code side} pixels wide, as JPEG
     * (PNG when it has transparency), under a new name that starts with its owner's number.
     *
     * @return the file's name within {@link #portraits()}
     */
    String storePortrait(UploadedImage image, long owner, int side) {
        BufferedImage pixels = image.pixels();
        int square = Math.min(pixels.getWidth(), pixels.getHeight());
        BufferedImage middle = pixels.getSubimage((pixels.getWidth() - square) / 2, (pixels.getHeight() - square) / 2,
                square, square);
        MediaFormat format = transparent(middle) ? MediaFormat.PNG : MediaFormat.JPEG;
        String name = owner + "-" + newKey() + "." + format.extension();
        Path file = portraits().resolve(name);
        try {
            Files.createDirectories(portraits());
            write(square > side ? resize(middle, side, side, format) : copy(middle, format), file, format);
            return name;
        }
        catch (IOException e) {
            deleteQuietly(List.of(file));
            throw new UncheckedIOException("Could not store a portrait in " + portraits(), e);
        }
    }

    /** Removes a portrait that has been replaced; a name that is not a portrait's is ignored. */
    void deletePortrait(String name) {
        if (name.matches("\\d+-[0-9a-f]{24}\\.(jpg|png)")) {
            deleteQuietly(List.of(portraits().resolve(name)));
        }
    }

    private static BufferedImage copy(BufferedImage source, MediaFormat format) {
        return draw(source, source.getWidth(), source.getHeight(),
                format == MediaFormat.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB,
                RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
    }

    /** Removes a picture's files, for a picture whose row could not be written. */
    void delete(Stored stored) {
        List<Path> files = new ArrayList<>();
        files.add(directory.resolve(stored.key() + "." + stored.extension()));
        stored.widths().forEach(w -> files.add(rendition(stored.key(), w, stored.renditionFormat())));
        deleteQuietly(files);
    }

    /**
     * Writes the renditions narrower than the picture as seen. Their heights follow the seen size,
     * not the pixels', which may have been decoded at a fraction of it.
     */
    private List<Integer> renditions(String key, BufferedImage pixels, int width, int height, MediaFormat format,
            List<Path> written) throws IOException {
        List<Integer> widths = new ArrayList<>();
        for (int w : RENDITION_WIDTHS) {
            if (w < width) {
                Path file = rendition(key, w, format);
                written.add(file);
                write(resize(pixels, w, Math.max(1, Math.round((float) height * w / width)), format), file, format);
                widths.add(w);
            }
        }
        return List.copyOf(widths);
    }

    private Path rendition(String key, int width, MediaFormat format) {
        return directory.resolve(key + "-" + width + "." + format.extension());
    }

    private static String newKey() {
        byte[] bytes = new byte[12];
        KEYS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether any pixel is less than opaque: an alpha channel alone does not make a picture transparent. */
    static boolean transparent(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Scales down by halves before the last step: a single bicubic step from far wider samples only a
     * few source pixels per target pixel and leaves the result jagged.
     */
    private static BufferedImage resize(BufferedImage source, int width, int height, MediaFormat format) {
        int type = format == MediaFormat.PNG ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage current = source;
        int w = source.getWidth();
        int h = source.getHeight();
        do {
            boolean last = w / 2 < width;
            w = last ? width : w / 2;
            h = last ? height : Math.max(height, h / 2);
            current = draw(current, w, h, type, last
                    ? RenderingHints.VALUE_INTERPOLATION_BICUBIC : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        } while (w != width);
        return current;
    }

    private static BufferedImage draw(BufferedImage source, int width, int height, int type, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, type);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        }
        finally {
            g.dispose();
        }
        return target;
    }

    /** Package-private and overridable so that a test can make writing fail half-way. */
    void write(BufferedImage image, Path file, MediaFormat format) throws IOException {
        if (format == MediaFormat.PNG) {
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IOException("No PNG writer");
            }
            return;
        }
        if (image.getColorModel().hasAlpha()) {
            // JPEG has no alpha; written anyway it becomes four channels that browsers show in wrong colours.
            image = draw(image, image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB,
                    RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (OutputStream out = Files.newOutputStream(file);
                ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.84f);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        finally {
            writer.dispose();
        }
    }

    private static void deleteQuietly(List<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            }
            catch (IOException e) {
                // Best effort: the name is random and no row points at it, so a leftover is never shown.
            }
        }
    }
}
