/**
 * The engine adapter: every use of Camunda 7's internal ({@code impl}) packages lives here and
 * nowhere else (EngineBoundariesTest checks it), so moving to another engine line (the Operaton
 * fork, docs/OPERATIONS.md) touches this package only. It offers Gyomu-shaped hooks: which beans
 * models may name ({@link jp.gyomu.system.engine.UsableInModels}), checks every deployment passes
 * ({@link jp.gyomu.system.engine.DeploymentCheck}), a neutral view of JUEL expressions, the user a
 * call runs as, the engine's clock and version, webapp sessions, and the engine rules Gyomu adds
 * (no lockout, work rules, checked variable writes, the history it keeps). It imports nothing of
 * Gyomu's features.
 */
package jp.gyomu.system.engine;
