package jp.gyomu.system.login;

/** Tokens are for members of the bots' group only: a person's password stays their login. */
class NotABotException extends RuntimeException {

  NotABotException(String user) {
    super("'" + user + "' is not a member of the bots' group (gyomu-bots)");
  }
}
