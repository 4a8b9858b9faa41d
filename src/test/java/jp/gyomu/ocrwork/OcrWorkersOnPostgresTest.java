package jp.gyomu.ocrwork;

import jp.gyomu.support.OnPostgres;

/** The page queue's SQL (take, lease, answer) on PostgreSQL, as nodes of a cluster share it. */
@OnPostgres
class OcrWorkersOnPostgresTest extends OcrWorkersTest {}
