package org.masthead.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The EXIF orientation of a camera's JPEG. Phones store a portrait photo as landscape pixels plus a
 * note to turn them; browsers honour the note when they show the original, so the renditions, which
 * carry no such note, are turned here to match, and the stored size is the size as seen.
 */
final class MediaOrientation {

    static final int NORMAL = 1;

    private MediaOrientation() {
    }

    /**
     * The orientation (1 to 8) a JPEG declares; 1 when it declares none or its metadata cannot be
     * read. TwelveMonkeys' metadata reader walks the segments and the TIFF structure inside the EXIF
     * one; metadata we cannot trust is no reason to refuse a picture whose pixels decode.
     */
    static int of(Path jpeg) throws IOException {
        try (ImageInputStream in = new FileImageInputStream(jpeg.toFile())) {
            List<JPEGSegment> exif = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
            if (exif.isEmpty()) {
                return NORMAL;
            }
            try (InputStream data = exif.get(0).data()) {
                data.read(); // the pad byte after "Exif\0"
                Directory directory = new TIFFReader().read(new MemoryCacheImageInputStream(data));
                Entry orientation = directory.getEntryById(TIFF.TAG_ORIENTATION);
                int value = orientation == null ? NORMAL : ((Number) orientation.getValue()).intValue();
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        catch (IOException | RuntimeException unreadable) {
            return NORMAL;
        }
    }

    /** Whether pictures in this orientation are stored on their side, so width and height swap. */
    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The pixels turned and mirrored as the orientation says to show them. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> null;
        };
        if (turn == null) {
            return image;
        }
        boolean swap = swapsSides(orientation);
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h, image.getColorModel().hasAlpha()
                ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        try {
            g.drawImage(image, turn, null);
        }
        finally {
            g.dispose();
        }
        return turned;
    }
}
