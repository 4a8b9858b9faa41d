package jp.gyomu.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImageStreamsTest {

  private final boolean usedCache = ImageIO.getUseCache();

  @AfterEach
  void restoreImageIo() {
    ImageIO.setUseCache(usedCache);
  }

  @Test
  void imagesReadOrWrittenInMemoryAreNotCopiedThroughATemporaryFile() throws IOException {
    ImageStreams.bufferInMemory();

    try (ImageOutputStream out = ImageIO.createImageOutputStream(new ByteArrayOutputStream())) {
      assertThat(out.isCachedFile()).isFalse();
    }
    try (ImageInputStream in =
        ImageIO.createImageInputStream(new ByteArrayInputStream(new byte[16]))) {
      assertThat(in.isCachedFile()).isFalse();
    }
  }
}
