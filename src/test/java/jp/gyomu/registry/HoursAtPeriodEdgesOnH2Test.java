package jp.gyomu.registry;

class HoursAtPeriodEdgesOnH2Test extends HoursAtPeriodEdgesScenario {}
