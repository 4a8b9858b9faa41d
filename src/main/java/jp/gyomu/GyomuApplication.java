package jp.gyomu;

import java.util.Arrays;
import jp.gyomu.ocrwork.OcrWorker;
import jp.gyomu.pages.ImageStreams;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class GyomuApplication {

  /** Starts a node; {@code worker} as the first argument starts an OCR worker instead. */
  public static void main(String[] args) throws InterruptedException {
    ImageStreams.bufferInMemory();
    if (args.length > 0 && args[0].equals("worker")) {
      // no Spring context, engine or web server: see OcrWorker
      OcrWorker.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    SpringApplication.run(GyomuApplication.class, args);
  }
}
