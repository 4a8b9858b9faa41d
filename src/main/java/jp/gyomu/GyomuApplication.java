package jp.gyomu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class GyomuApplication {

  public static void main(String[] args) {
    SpringApplication.run(GyomuApplication.class, args);
  }
}
