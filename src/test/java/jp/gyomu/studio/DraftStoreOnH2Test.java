package jp.gyomu.studio;

class DraftStoreOnH2Test extends DraftStoreScenario {}
