package jp.gyomu.registry;

@RegistryIntegrationTest
class HoursAtPeriodEdgesOnH2Test extends HoursAtPeriodEdgesScenario {}
