package jp.gyomu.registry;

import jp.gyomu.support.OnPostgres;

@OnPostgres
class HoursAtPeriodEdgesOnPostgresTest extends HoursAtPeriodEdgesScenario {}
