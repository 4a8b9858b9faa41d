package jp.gyomu.system;

import jp.gyomu.support.OnPostgres;

/** The platform contract on a real PostgreSQL server, in a database made for this run. */
@OnPostgres
class PlatformOnPostgresTest extends PlatformContract {}
