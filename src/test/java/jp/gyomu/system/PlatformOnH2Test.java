package jp.gyomu.system;

/** The platform contract on the embedded default database (H2 in file mode). */
class PlatformOnH2Test extends PlatformContract {}
