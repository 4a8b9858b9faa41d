package jp.gyomu.studio;

import jp.gyomu.support.OnPostgres;

@OnPostgres
class DraftStoreOnPostgresTest extends DraftStoreScenario {}
