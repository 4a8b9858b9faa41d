package jp.gyomu.system.engine;

/** The engine's version, e.g. {@code 7.24.0}. */
public final class EngineVersion {

  private EngineVersion() {}

  public static String current() {
    return org.camunda.bpm.engine.impl.util.ProductPropertiesUtil.getProductVersion();
  }
}
