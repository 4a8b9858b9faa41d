package jp.gyomu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

  @Test
  void japaneseAndEnglishBundlesHaveTheSameKeys() throws IOException {
    assertThat(load("messages_en.properties").keySet())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").keySet());
  }

  private static Properties load(String name) throws IOException {
    var properties = new Properties();
    try (var in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
