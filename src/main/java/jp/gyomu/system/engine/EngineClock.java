package jp.gyomu.system.engine;

import java.time.Instant;
import java.util.Date;

/** The engine's clock, set back in time to make demo history that looks lived. */
public final class EngineClock {

  private EngineClock() {}

  public static void set(Instant at) {
    org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(Date.from(at));
  }

  public static void reset() {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
  }
}
