package jp.gyomu.process;

/**
 * Published after an analyst asked for the processes folder to be deployed again, so that what else
 * lives in the folder (the document types' templates) is read again too. A listener that throws
 * answers the request with its error; the models stay deployed.
 *
 * @param result what the deployment did
 */
public record ProcessesRedeployed(ProcessFolderDeployer.Result result) {}
