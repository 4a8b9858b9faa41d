package jp.gyomu.system.engine;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Spring bean that process models may name in expressions ({@code ${fieldCheck}}, {@code
 * ${businessCalendar.dueInBusinessDays(2)}}). The engine sees these beans and no others, and a
 * model may call only the public methods the bean's own class declares (docs/PROCESSES.md, "What
 * expressions may do").
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface UsableInModels {}
