package jp.gyomu.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleFunction;
import javax.imageio.ImageIO;

/** A line chart of the queue depth samples, one shaded band per phase, for docs/BENCHMARKS.md. */
final class QueueDepthChart {

  private static final int WIDTH = 960;
  private static final int HEIGHT = 360;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 30;
  private static final int BOTTOM = 40;

  private QueueDepthChart() {}

  static void write(List<QueueDepthSampler.Sample> samples, Path png) throws IOException {
    var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    double maxX = Math.max(1, samples.get(samples.size() - 1).seconds());
    double maxY = niceCeiling(samples.stream().mapToDouble(s -> s.waiting()).max().orElse(1));
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;

    // phases as shaded bands, named at the top
    Color[] shades = {new Color(0xF2F5FA), new Color(0xFAF6EE)};
    int band = 0;
    for (int i = 0; i < samples.size(); ) {
      String phase = samples.get(i).phase();
      int j = i;
      while (j + 1 < samples.size() && samples.get(j + 1).phase().equals(phase)) {
        j++;
      }
      int x0 = LEFT + (int) (samples.get(i).seconds() / maxX * plotW);
      // a band reaches the next phase's first sample, so bands leave no gap
      double end = samples.get(Math.min(j + 1, samples.size() - 1)).seconds();
      int x1 = LEFT + (int) (end / maxX * plotW);
      g.setColor(shades[band++ % 2]);
      g.fillRect(x0, TOP, Math.max(1, x1 - x0), plotH);
      g.setColor(Color.DARK_GRAY);
      // a band too narrow for its name (the few seconds of "start") stays unnamed
      if (g.getFontMetrics().stringWidth(phase) + 8 <= x1 - x0) {
        g.drawString(phase, x0 + 4, TOP - 8);
      }
      i = j + 1;
    }

    g.setColor(Color.GRAY);
    g.drawRect(LEFT, TOP, plotW, plotH);
    for (int k = 0; k <= 5; k++) {
      double y = maxY * k / 5;
      int py = TOP + plotH - (int) (y / maxY * plotH);
      g.drawString("%.0f".formatted(y), 8, py + 4);
      g.drawLine(LEFT - 4, py, LEFT, py);
    }
    for (int k = 0; k <= 6; k++) {
      double x = maxX * k / 6;
      int px = LEFT + (int) (x / maxX * plotW);
      g.drawString(
          "%d:%02d".formatted((long) x / 60, (long) x % 60), px - 12, HEIGHT - BOTTOM + 18);
    }
    line(g, samples, s -> s.waiting(), new Color(0x1F5FBF), maxX, maxY, plotW, plotH);
    line(g, samples, s -> s.queued(), new Color(0xD08020), maxX, maxY, plotW, plotH);
    g.setColor(Color.DARK_GRAY);
    g.drawString("min:s", WIDTH - RIGHT - 34, HEIGHT - BOTTOM + 32);
    g.setColor(new Color(0x1F5FBF));
    g.drawString("waiting (documents RECEIVED in the database)", LEFT + 10, HEIGHT - 8);
    g.setColor(new Color(0xD08020));
    g.drawString("queued (in memory for the OCR workers)", LEFT + 380, HEIGHT - 8);
    g.dispose();
    ImageIO.write(image, "png", png.toFile());
  }

  private static void line(
      Graphics2D g,
      List<QueueDepthSampler.Sample> samples,
      ToDoubleFunction<QueueDepthSampler.Sample> value,
      Color color,
      double maxX,
      double maxY,
      int plotW,
      int plotH) {
    var path = new Path2D.Double();
    for (int i = 0; i < samples.size(); i++) {
      var s = samples.get(i);
      double x = LEFT + s.seconds() / maxX * plotW;
      double y = TOP + plotH - value.applyAsDouble(s) / maxY * plotH;
      if (i == 0) {
        path.moveTo(x, y);
      } else {
        path.lineTo(x, y);
      }
    }
    g.setColor(color);
    g.setStroke(new BasicStroke(2f));
    g.draw(path);
    g.setStroke(new BasicStroke(1f));
  }

  /** 1, 2 or 5 times a power of ten, at least {@code value}. */
  private static double niceCeiling(double value) {
    double power = Math.pow(10, Math.floor(Math.log10(Math.max(1, value))));
    for (double step : new double[] {1, 2, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }
}
