package org.masthead.publishing;

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
 * arrive, so that no reader's request ever resizes an image.
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

    /** A picture written to disk: its key, extension, size and the rendition widths made. */
    record Stored(String key, String extension, String contentType, int width, int height, List<Integer> widths) {
    }

    /** Stores a picture as JPEG (PNG when it has transparency) with its renditions. */
    Stored store(BufferedImage image) {
        boolean transparent = image.getColorModel().hasAlpha();
        String extension = transparent ? "png" : "jpg";
        String key = newKey();
        try {
            Files.createDirectories(directory);
            write(image, directory.resolve(key + "." + extension), extension);
            List<Integer> widths = new ArrayList<>();
            for (int width : RENDITION_WIDTHS) {
                if (width < image.getWidth()) {
                    write(resize(image, width), directory.resolve(key + "-" + width + "." + extension), extension);
                    widths.add(width);
                }
            }
            return new Stored(key, extension, transparent ? "image/png" : "image/jpeg", image.getWidth(),
                    image.getHeight(), List.copyOf(widths));
        }
        catch (IOException e) {
            throw new UncheckedIOException("Could not store a picture in " + directory, e);
        }
    }

    private static String newKey() {
        byte[] bytes = new byte[12];
        KEYS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static BufferedImage resize(BufferedImage source, int width) {
        int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
        BufferedImage target = new BufferedImage(width, height, source.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        }
        finally {
            g.dispose();
        }
        return target;
    }

    private static void write(BufferedImage image, Path file, String extension) throws IOException {
        if (extension.equals("png")) {
            ImageIO.write(image, "png", file.toFile());
            return;
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
}
