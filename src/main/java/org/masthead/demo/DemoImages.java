package org.masthead.demo;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Locally drawn pictures for the demo publication: abstract coastal lead images,
 * a wordmark logo and initials avatars. Pure Java2D, works headless, deterministic.
 */
final class DemoImages {

    /** A colour scheme for one lead image: time of day and weather. */
    private record Palette(Color skyTop, Color skyHorizon, Color sun, boolean night,
                           Color seaTop, Color seaBottom, Color hillFar, Color hillNear,
                           Color land, Color quay, Color[] houses, Color roof, Color window) {}

    private static final Palette[] PALETTES = {
        // Clear morning
        new Palette(rgb(0x7FA7C9), rgb(0xF3DDB8), rgb(0xFFF3D2), false,
                rgb(0x6A97AE), rgb(0x2F5A72), rgb(0xA4B7BD), rgb(0x6F8F7E),
                rgb(0xD8C49A), rgb(0x8C8577),
                new Color[] {rgb(0xE9E2D0), rgb(0xC96F53), rgb(0x7FA2B5), rgb(0xE8C76A), rgb(0xB7C7A8)},
                rgb(0x5B4E4A), rgb(0x3C4A57)),
        // Summer midday
        new Palette(rgb(0x4F8CC2), rgb(0xD3E8F0), rgb(0xFFFBEA), false,
                rgb(0x3F93AB), rgb(0x1D5B77), rgb(0x96BBA2), rgb(0x5E8C66),
                rgb(0xE6D3A3), rgb(0x9A9384),
                new Color[] {rgb(0xF4F0E6), rgb(0xE0A45E), rgb(0x6C9BB8), rgb(0xD9816F), rgb(0xF1DDA0)},
                rgb(0x4F4A4E), rgb(0x35485A)),
        // Dusk
        new Palette(rgb(0x2E3A5C), rgb(0xF2A66E), rgb(0xFFD395), false,
                rgb(0x57597A), rgb(0x22283F), rgb(0x7A6A84), rgb(0x4A4160),
                rgb(0x5E4C56), rgb(0x4A3F48),
                new Color[] {rgb(0xB98E83), rgb(0x8F6F7D), rgb(0x6F7391), rgb(0xC4A07E), rgb(0x8E8499)},
                rgb(0x3A2F3C), rgb(0xFFD27A)),
        // Overcast
        new Palette(rgb(0x98A5AD), rgb(0xDCDFD8), rgb(0xF5F2E8), false,
                rgb(0x80939A), rgb(0x4C5F66), rgb(0xA8B1A8), rgb(0x7E8C7E),
                rgb(0xB9AD93), rgb(0x7D7A72),
                new Color[] {rgb(0xDAD6CC), rgb(0xA9806E), rgb(0x8EA1A8), rgb(0xC9B98D), rgb(0x9FAF9A)},
                rgb(0x4E4C4E), rgb(0x3F4A52)),
        // Night
        new Palette(rgb(0x0E1A31), rgb(0x35506F), rgb(0xF2ECD2), true,
                rgb(0x203757), rgb(0x0A1325), rgb(0x2A3B55), rgb(0x1A273C),
                rgb(0x1E2736), rgb(0x171E2A),
                new Color[] {rgb(0x3A4459), rgb(0x4B3F4F), rgb(0x2F4A5C), rgb(0x4F4C44), rgb(0x3D4A45)},
                rgb(0x151B26), rgb(0xF6CF73)),
    };

    private DemoImages() {}

    /**
     * A deterministic abstract picture for article number {@code seed}: sky/sea/land bands, sun or
     * moon, hills, boats, buildings - varied by seed, pleasant, newspaper-photo-like palette,
     * anti-aliased.
     */
    static BufferedImage leadImage(int seed, int width, int height) {
        Random random = new Random(seed);
        Palette palette = PALETTES[Math.floorMod(seed, PALETTES.length)];
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            double horizon = height * (0.50 + random.nextDouble() * 0.12);
            boolean townOnLeft = random.nextBoolean();
            double townWidth = width * (0.30 + random.nextDouble() * 0.15);

            drawSky(g, palette, width, horizon);
            drawSunOrMoon(g, palette, random, width, height, horizon, townOnLeft);
            if (palette.night()) {
                drawStars(g, random, width, horizon);
            } else {
                drawClouds(g, palette, random, width, height, horizon);
            }
            drawHills(g, palette, random, width, height, horizon);
            drawSea(g, palette, random, width, height, horizon);
            if (random.nextInt(3) == 0) {
                drawLighthouse(g, palette, random, width, height, horizon, townOnLeft);
            }
            drawBoats(g, palette, random, width, height, horizon, townOnLeft, townWidth);
            drawTown(g, palette, random, width, height, horizon, townOnLeft, townWidth);
            drawVignette(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A simple wordmark logo: the publication name set in a bold serif on a transparent background, TYPE_INT_ARGB. */
    static BufferedImage logo(String name, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            String text = name == null || name.isBlank() ? "Masthead" : name.strip();
            Font font = fitFont(g, text, new Font(Font.SERIF, Font.BOLD, 100), width * 0.94, height * 0.62);
            FontRenderContext frc = g.getFontRenderContext();
            TextLayout layout = new TextLayout(text, font, frc);
            Rectangle2D bounds = layout.getBounds();
            float x = (float) ((width - bounds.getWidth()) / 2 - bounds.getX());
            float ascent = layout.getAscent();
            float descent = layout.getDescent();
            float y = (height - (ascent + descent)) / 2 + ascent;
            g.setColor(rgb(0x1B1B1F));
            layout.draw(g, x, y);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** A round-ish avatar: initials on a coloured disc, deterministic by name. */
    static BufferedImage avatar(String name, int size) {
        Color[] discs = {
            rgb(0x3E6D8E), rgb(0x8E5A4F), rgb(0x5E7F5A), rgb(0x7A5C86),
            rgb(0xB0793B), rgb(0x466F73), rgb(0x9C4F60), rgb(0x566184),
        };
        String safeName = name == null ? "" : name.strip();
        Random random = new Random(safeName.hashCode());
        Color disc = discs[random.nextInt(discs.length)];

        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            g.setColor(rgb(0xF4F1EA));
            g.fillRect(0, 0, size, size);

            double inset = size * 0.03;
            double diameter = size - 2 * inset;
            g.setPaint(new GradientPaint(0, (float) inset, disc.brighter(),
                    0, (float) (inset + diameter), disc.darker()));
            g.fill(new Ellipse2D.Double(inset, inset, diameter, diameter));

            String initials = initials(safeName);
            Font font = fitFont(g, initials, new Font(Font.SANS_SERIF, Font.BOLD, 100),
                    diameter * 0.62, diameter * 0.40);
            TextLayout layout = new TextLayout(initials, font, g.getFontRenderContext());
            Rectangle2D bounds = layout.getBounds();
            float x = (float) ((size - bounds.getWidth()) / 2 - bounds.getX());
            float y = (float) ((size - bounds.getHeight()) / 2 - bounds.getY());
            g.setColor(rgb(0xFBF8F2));
            layout.draw(g, x, y);
        } finally {
            g.dispose();
        }
        return image;
    }

    // ---------------------------------------------------------------- lead image parts

    private static void drawSky(Graphics2D g, Palette p, int width, double horizon) {
        g.setPaint(new GradientPaint(0, 0, p.skyTop(), 0, (float) horizon, p.skyHorizon()));
        g.fill(new Rectangle2D.Double(0, 0, width, horizon + 1));
    }

    private static void drawSunOrMoon(Graphics2D g, Palette p, Random random, int width, int height,
                                      double horizon, boolean townOnLeft) {
        double cx = width * (townOnLeft ? 0.55 + random.nextDouble() * 0.3 : 0.15 + random.nextDouble() * 0.3);
        double cy = horizon * (0.25 + random.nextDouble() * 0.45);
        double radius = height * (p.night() ? 0.045 : 0.06 + random.nextDouble() * 0.03);

        float glowRadius = (float) (radius * 4.5);
        Color glow = p.sun();
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx, cy), glowRadius,
                new float[] {0f, 1f},
                new Color[] {withAlpha(glow, p.night() ? 70 : 120), withAlpha(glow, 0)}));
        g.fill(new Ellipse2D.Double(cx - glowRadius, cy - glowRadius, glowRadius * 2, glowRadius * 2));

        Area disc = new Area(new Ellipse2D.Double(cx - radius, cy - radius, radius * 2, radius * 2));
        if (p.night()) {
            // A crescent moon: the disc minus an offset disc.
            disc.subtract(new Area(new Ellipse2D.Double(cx - radius * 0.55, cy - radius * 1.1, radius * 2, radius * 2)));
        }
        g.setColor(p.sun());
        g.fill(disc);
    }

    private static void drawStars(Graphics2D g, Random random, int width, double horizon) {
        for (int i = 0; i < 90; i++) {
            double x = random.nextDouble() * width;
            double y = random.nextDouble() * horizon * 0.8;
            double r = 0.6 + random.nextDouble() * 1.4;
            g.setColor(new Color(255, 250, 230, 80 + random.nextInt(150)));
            g.fill(new Ellipse2D.Double(x - r, y - r, r * 2, r * 2));
        }
    }

    private static void drawClouds(Graphics2D g, Palette p, Random random, int width, int height,
                                   double horizon) {
        // All clouds are unioned into one shape so overlapping translucent parts show no seams.
        Area clouds = new Area();
        int count = 2 + random.nextInt(4);
        for (int i = 0; i < count; i++) {
            double cx = random.nextDouble() * width;
            double baseY = horizon * (0.15 + random.nextDouble() * 0.5);
            double cloudWidth = width * (0.12 + random.nextDouble() * 0.16);
            double puffHeight = height * (0.035 + random.nextDouble() * 0.025);
            double baseHeight = puffHeight * 0.6;
            clouds.add(new Area(new RoundRectangle2D.Double(cx - cloudWidth / 2, baseY - baseHeight,
                    cloudWidth, baseHeight, baseHeight, baseHeight)));
            int puffs = 3 + random.nextInt(4);
            for (int j = 0; j < puffs; j++) {
                double px = cx - cloudWidth * 0.32 + cloudWidth * 0.64 * j / (puffs - 1.0);
                double pw = cloudWidth * (0.22 + random.nextDouble() * 0.18);
                double ph = puffHeight * (1.0 + random.nextDouble() * 0.9);
                pw = Math.max(pw, ph * 1.4); // keep puffs rounded rather than tall and thin
                // Each puff sits on the flat base line.
                clouds.add(new Area(new Ellipse2D.Double(px - pw / 2, baseY - ph, pw, ph)));
            }
        }
        g.setColor(withAlpha(mix(Color.WHITE, p.skyHorizon(), 0.3), 150));
        g.fill(clouds);
    }

    private static void drawHills(Graphics2D g, Palette p, Random random, int width, int height,
                                  double horizon) {
        int layers = 2 + random.nextInt(2);
        for (int layer = 0; layer < layers; layer++) {
            double t = layers == 1 ? 1 : layer / (layers - 1.0);
            Color colour = mix(mix(p.hillFar(), p.skyHorizon(), 0.35), p.hillNear(), t);
            double maxRise = height * (0.16 - 0.05 * t) * (0.7 + random.nextDouble() * 0.5);
            // Hills only occupy part of the horizon so the sea stays open.
            double start = width * (random.nextDouble() * 0.4 - 0.2);
            double end = start + width * (0.55 + random.nextDouble() * 0.6);
            g.setColor(colour);
            g.fill(ridge(random, start, end, horizon + 1, maxRise, 2 + random.nextInt(2)));
        }
    }

    /** A smooth ridge line between x0 and x1 rising up to maxRise above baseY. */
    private static Path2D ridge(Random random, double x0, double x1, double baseY, double maxRise, int peaks) {
        Path2D path = new Path2D.Double();
        path.moveTo(x0, baseY);
        double step = (x1 - x0) / (peaks * 2.0);
        double prevX = x0;
        double prevY = baseY - maxRise * 0.15;
        path.curveTo(x0 + step * 0.3, baseY, x0 + step * 0.3, prevY, x0 + step * 0.6, prevY);
        prevX = x0 + step * 0.6;
        for (int i = 1; i <= peaks * 2; i++) {
            double x = x0 + step * i;
            if (i == peaks * 2) {
                x = x1;
            }
            double y = i == peaks * 2
                    ? baseY
                    : baseY - maxRise * (i % 2 == 1 ? 0.6 + random.nextDouble() * 0.4 : 0.25 + random.nextDouble() * 0.3);
            double mid = (prevX + x) / 2;
            path.curveTo(mid, prevY, mid, y, x, y);
            prevX = x;
            prevY = y;
        }
        path.closePath();
        return path;
    }

    private static void drawSea(Graphics2D g, Palette p, Random random, int width, int height,
                                double horizon) {
        g.setPaint(new GradientPaint(0, (float) horizon, p.seaTop(), 0, height, p.seaBottom()));
        g.fill(new Rectangle2D.Double(0, horizon, width, height - horizon));

        // Gentle horizontal ripples, denser and shorter near the horizon.
        g.setStroke(new BasicStroke(Math.max(1f, height / 450f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Color light = mix(p.seaTop(), p.skyHorizon(), 0.6);
        for (int i = 0; i < 70; i++) {
            double depth = random.nextDouble();
            double y = horizon + (height - horizon) * depth * depth + 3;
            double length = width * (0.02 + 0.08 * depth) * (0.5 + random.nextDouble());
            double x = random.nextDouble() * width;
            g.setColor(withAlpha(light, 40 + random.nextInt(60)));
            g.draw(new java.awt.geom.Line2D.Double(x, y, x + length, y));
        }
        // A soft band of light just below the horizon.
        g.setPaint(new GradientPaint(0, (float) horizon, withAlpha(p.skyHorizon(), 90),
                0, (float) (horizon + height * 0.05), withAlpha(p.skyHorizon(), 0)));
        g.fill(new Rectangle2D.Double(0, horizon, width, height * 0.05));
    }

    private static void drawLighthouse(Graphics2D g, Palette p, Random random, int width, int height,
                                       double horizon, boolean townOnLeft) {
        double x = width * (townOnLeft ? 0.80 + random.nextDouble() * 0.1 : 0.1 + random.nextDouble() * 0.1);
        double base = horizon + height * 0.015;
        double towerHeight = height * 0.16;
        double bottomWidth = height * 0.035;
        double topWidth = bottomWidth * 0.7;
        // Rocky headland under the lighthouse.
        g.setColor(p.hillNear());
        g.fill(new Ellipse2D.Double(x - bottomWidth * 3, base - height * 0.02, bottomWidth * 6, height * 0.05));

        Path2D tower = new Path2D.Double();
        tower.moveTo(x - bottomWidth / 2, base);
        tower.lineTo(x - topWidth / 2, base - towerHeight);
        tower.lineTo(x + topWidth / 2, base - towerHeight);
        tower.lineTo(x + bottomWidth / 2, base);
        tower.closePath();
        g.setColor(mix(rgb(0xF3EFE6), p.skyHorizon(), p.night() ? 0.7 : 0.15));
        g.fill(tower);
        // Red stripe.
        g.setColor(mix(rgb(0xB5473A), p.skyTop(), p.night() ? 0.6 : 0.1));
        double stripeTop = base - towerHeight * 0.55;
        g.fill(new Rectangle2D.Double(x - bottomWidth * 0.45, stripeTop, bottomWidth * 0.9, towerHeight * 0.15));
        // Lantern and cap.
        g.setColor(p.night() ? rgb(0xFFE9A8) : rgb(0xF7E7B0));
        g.fill(new Rectangle2D.Double(x - topWidth * 0.4, base - towerHeight - topWidth * 0.7, topWidth * 0.8, topWidth * 0.7));
        g.setColor(p.roof());
        Path2D cap = new Path2D.Double();
        cap.moveTo(x - topWidth * 0.6, base - towerHeight - topWidth * 0.7);
        cap.lineTo(x, base - towerHeight - topWidth * 1.3);
        cap.lineTo(x + topWidth * 0.6, base - towerHeight - topWidth * 0.7);
        cap.closePath();
        g.fill(cap);
        if (p.night()) {
            float r = (float) (height * 0.08);
            double ly = base - towerHeight - topWidth * 0.35;
            g.setPaint(new RadialGradientPaint(new Point2D.Double(x, ly), r, new float[] {0f, 1f},
                    new Color[] {new Color(255, 230, 160, 120), new Color(255, 230, 160, 0)}));
            g.fill(new Ellipse2D.Double(x - r, ly - r, r * 2, r * 2));
        }
    }

    private static void drawBoats(Graphics2D g, Palette p, Random random, int width, int height,
                                  double horizon, boolean townOnLeft, double townWidth) {
        double[] depths = new double[1 + random.nextInt(4)]; // 0 = far away, 1 = close
        for (int i = 0; i < depths.length; i++) {
            depths[i] = random.nextDouble();
        }
        java.util.Arrays.sort(depths); // far boats first, so near ones overlap them
        for (double depth : depths) {
            double y = horizon + (height - horizon) * (0.12 + depth * 0.45);
            double scale = height * (0.03 + depth * 0.05);
            // Keep boats in open water, clear of the town and its headland.
            double openWater = width - townWidth * 1.25 - scale * 5;
            double offset = scale * 2.5 + random.nextDouble() * Math.max(0, openWater);
            double x = townOnLeft ? townWidth * 1.25 + offset : offset;
            drawBoat(g, p, random, x, y, scale);
        }
    }

    private static void drawBoat(Graphics2D g, Palette p, Random random, double x, double y, double scale) {
        Color[] hulls = {rgb(0xB5473A), rgb(0x2F4F6F), rgb(0xF0ECE2), rgb(0x3F6B4E), rgb(0xD9A441)};
        Color hull = mix(hulls[random.nextInt(hulls.length)], p.seaBottom(), p.night() ? 0.6 : 0.1);
        double length = scale * 2.4;

        // Reflection.
        g.setColor(withAlpha(hull, 60));
        g.fill(new Rectangle2D.Double(x - length * 0.45, y + scale * 0.05, length * 0.9, scale * 0.35));

        Path2D body = new Path2D.Double();
        body.moveTo(x - length / 2, y - scale * 0.35);
        body.lineTo(x + length / 2, y - scale * 0.45);
        body.quadTo(x + length * 0.42, y, x + length * 0.3, y);
        body.lineTo(x - length * 0.35, y);
        body.quadTo(x - length * 0.46, y - scale * 0.1, x - length / 2, y - scale * 0.35);
        body.closePath();
        g.setColor(hull);
        g.fill(body);

        boolean sailing = random.nextBoolean();
        if (sailing) {
            double mastX = x - length * 0.05;
            double mastTop = y - scale * 2.4;
            g.setColor(p.roof());
            g.setStroke(new BasicStroke((float) Math.max(1, scale * 0.05)));
            g.draw(new java.awt.geom.Line2D.Double(mastX, y - scale * 0.4, mastX, mastTop));
            Path2D sail = new Path2D.Double();
            sail.moveTo(mastX + scale * 0.06, mastTop + scale * 0.1);
            sail.quadTo(mastX + length * 0.45, y - scale * 1.3, mastX + length * 0.42, y - scale * 0.55);
            sail.lineTo(mastX + scale * 0.06, y - scale * 0.55);
            sail.closePath();
            g.setColor(mix(rgb(0xF6F1E4), p.skyHorizon(), p.night() ? 0.7 : 0.2));
            g.fill(sail);
        } else {
            // A small wheelhouse.
            g.setColor(mix(rgb(0xEDE7DA), p.seaTop(), p.night() ? 0.6 : 0.15));
            g.fill(new Rectangle2D.Double(x - length * 0.1, y - scale * 0.95, length * 0.25, scale * 0.65));
            g.setColor(p.window());
            g.fill(new Rectangle2D.Double(x - length * 0.06, y - scale * 0.85, length * 0.07, scale * 0.18));
        }
    }

    private static void drawTown(Graphics2D g, Palette p, Random random, int width, int height,
                                 double horizon, boolean townOnLeft, double townWidth) {
        double quayTop = horizon + (height - horizon) * (0.55 + random.nextDouble() * 0.1);
        double left = townOnLeft ? 0 : width - townWidth;

        // Land behind the houses, sloping down to the quay.
        Path2D land = new Path2D.Double();
        double slopeX = townOnLeft ? townWidth * 1.12 : width - townWidth * 1.12;
        land.moveTo(townOnLeft ? 0 : width, horizon - height * 0.06);
        land.curveTo(townOnLeft ? townWidth * 0.6 : width - townWidth * 0.6, horizon - height * 0.05,
                slopeX, quayTop - height * 0.05, slopeX, quayTop);
        land.lineTo(townOnLeft ? 0 : width, quayTop);
        land.closePath();
        g.setColor(p.hillNear());
        g.fill(land);

        // Houses, stepped up the slope: a back row and a front row.
        for (int row = 0; row < 2; row++) {
            double rowBase = row == 0 ? quayTop - height * 0.09 : quayTop;
            double rowHeight = height * (row == 0 ? 0.08 : 0.11);
            // The back row stops short of the water's edge; rows run off the canvas edge.
            double seaInset = row == 0 ? townWidth * 0.15 : 0;
            double x = townOnLeft ? -width * 0.01 : left + width * 0.01 + seaInset;
            double limit = townOnLeft ? left + townWidth - seaInset : width * 1.05;
            while (x < limit) {
                double houseWidth = Math.min(width * (0.035 + random.nextDouble() * 0.035), limit - x);
                if (houseWidth < width * 0.025) {
                    break;
                }
                double houseHeight = rowHeight * (0.75 + random.nextDouble() * 0.5);
                Color wall = p.houses()[random.nextInt(p.houses().length)];
                if (row == 0) {
                    wall = mix(wall, p.hillFar(), 0.35);
                }
                drawHouse(g, p, random, x, rowBase, houseWidth, houseHeight, wall);
                x += houseWidth + width * 0.002;
            }
        }

        // Quay wall in front of the houses.
        double quayHeight = height * 0.035;
        g.setColor(p.quay());
        g.fill(new Rectangle2D.Double(left, quayTop, townWidth, quayHeight));
        g.setColor(withAlpha(Color.BLACK, 40));
        g.fill(new Rectangle2D.Double(left, quayTop + quayHeight * 0.75, townWidth, quayHeight * 0.25));
        // Its reflection in the water.
        g.setColor(withAlpha(p.quay(), 70));
        g.fill(new Rectangle2D.Double(left, quayTop + quayHeight, townWidth, quayHeight * 0.8));

        // Foreground beach or shingle along the bottom edge.
        Path2D shore = new Path2D.Double();
        double shoreTop = height * (0.90 + random.nextDouble() * 0.04);
        shore.moveTo(0, height);
        shore.lineTo(0, shoreTop + height * 0.02);
        shore.curveTo(width * 0.3, shoreTop - height * 0.02, width * 0.7, shoreTop + height * 0.04, width, shoreTop);
        shore.lineTo(width, height);
        shore.closePath();
        g.setColor(p.land());
        g.fill(shore);
    }

    private static void drawHouse(Graphics2D g, Palette p, Random random, double x, double base,
                                  double w, double h, Color wall) {
        g.setColor(wall);
        g.fill(new Rectangle2D.Double(x, base - h, w, h));
        // Pitched roof.
        double roofHeight = h * (0.3 + random.nextDouble() * 0.2);
        Path2D roof = new Path2D.Double();
        roof.moveTo(x - w * 0.05, base - h);
        roof.lineTo(x + w / 2, base - h - roofHeight);
        roof.lineTo(x + w * 1.05, base - h);
        roof.closePath();
        g.setColor(p.roof());
        g.fill(roof);
        // Windows: two per floor.
        int floors = h > w * 1.1 ? 2 : 1;
        double windowW = w * 0.2;
        double windowH = h * (floors == 2 ? 0.16 : 0.22);
        for (int floor = 0; floor < floors; floor++) {
            double wy = base - h + h * (floor == 0 ? 0.2 : 0.55);
            for (int col = 0; col < 2; col++) {
                double wx = x + w * (col == 0 ? 0.2 : 0.6);
                boolean lit = !p.night() || random.nextInt(3) > 0;
                g.setColor(lit ? p.window() : mix(p.window(), wall, 0.7));
                g.fill(new Rectangle2D.Double(wx, wy, windowW, windowH));
            }
        }
    }

    private static void drawVignette(Graphics2D g, int width, int height) {
        float radius = (float) (Math.hypot(width, height) * 0.62);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(width / 2.0, height / 2.0), radius,
                new float[] {0.55f, 1f},
                new Color[] {new Color(0, 0, 0, 0), new Color(0, 0, 0, 55)}));
        g.setComposite(AlphaComposite.SrcOver);
        g.fillRect(0, 0, width, height);
    }

    // ---------------------------------------------------------------- helpers

    private static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** The largest size of {@code base} at which {@code text} fits in maxWidth x maxHeight. */
    private static Font fitFont(Graphics2D g, String text, Font base, double maxWidth, double maxHeight) {
        g.setFont(base);
        FontMetrics metrics = g.getFontMetrics();
        double textWidth = Math.max(1, metrics.stringWidth(text));
        double textHeight = Math.max(1, metrics.getAscent() + metrics.getDescent());
        double scale = Math.min(maxWidth / textWidth, maxHeight / textHeight);
        return base.deriveFont((float) Math.max(1, base.getSize2D() * scale));
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        String[] words = name.split("\\s+");
        for (String word : words) {
            if (!word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0))) {
                initials.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        if (initials.length() == 0) {
            return "?";
        }
        if (initials.codePointCount(0, initials.length()) <= 2) {
            return initials.toString();
        }
        // First and last initials for longer names.
        int first = initials.codePointAt(0);
        int last = initials.codePointBefore(initials.length());
        return new StringBuilder().appendCodePoint(first).appendCodePoint(last).toString();
    }

    private static Color rgb(int hex) {
        return new Color(hex);
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0, Math.min(255, alpha)));
    }

    private static Color mix(Color a, Color b, double t) {
        double u = Math.max(0, Math.min(1, t));
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u));
    }
}
