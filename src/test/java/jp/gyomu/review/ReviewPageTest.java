package jp.gyomu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import jp.gyomu.ingestion.DocumentStore;
import jp.gyomu.process.CaseStarter;
import jp.gyomu.support.Await;
import jp.gyomu.support.GyomuIntegrationTest;
import jp.gyomu.support.TestCases;
import jp.gyomu.support.TestUsers;
import jp.gyomu.system.Roles;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The page images beside Tasklist's forms: served to a Tasklist session that may see the task and
 * whose job may read documents; to a manager only for a task that is theirs, such as an approval.
 */
class ReviewPageTest extends GyomuIntegrationTest {

  @LocalServerPort int port;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired CaseStarter caseStarter;
  @Autowired PlatformTransactionManager transactions;
  @Autowired DocumentStore store;
  Task review;

  @BeforeEach
  void reviewWithAPageImage() throws Exception {
    TestUsers.ensure(identity, "review-operator", Roles.OPERATOR_GROUP);
    TestUsers.ensure(identity, "review-manager", Roles.MANAGER_GROUP);
    var instance =
        new TestCases(caseStarter, transactions, runtime).travelExpenseUnsureOfItsAmount(5_000L);
    review =
        Await.until(
            "review",
            () -> tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult());
    Path page = store.pageImage(instance.getBusinessKey(), 1);
    Files.createDirectories(page.getParent());
    ImageIO.write(new BufferedImage(20, 30, BufferedImage.TYPE_BYTE_GRAY), "png", page.toFile());
  }

  @Test
  void noTasklistSessionNoImage() throws Exception {
    assertThat(get(HttpClient.newHttpClient(), pagePath(review.getId(), 1)).statusCode())
        .isEqualTo(401);
  }

  @Test
  void anOperatorLoggedIntoTasklistSeesTheTasksPage() throws Exception {
    HttpClient browser = tasklistSession("review-operator");

    var image = get(browser, pagePath(review.getId(), 1));
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(get(browser, pagePath(review.getId(), 2)).statusCode()).isEqualTo(404);
    assertThat(get(browser, pagePath("no-such-task", 1)).statusCode()).isEqualTo(404);
  }

  @Test
  void aManagerWhoSeesTheTaskInTasklistGetsNoPageImage() throws Exception {
    HttpClient browser = tasklistSession("review-manager");
    identity.setAuthentication("review-manager", List.of(Roles.MANAGER_GROUP));
    try {
      assertThat(tasks.createTaskQuery().taskId(review.getId()).count())
          .as("the engine lets managers see every task")
          .isEqualTo(1);
    } finally {
      identity.clearAuthentication();
    }

    assertThat(get(browser, pagePath(review.getId(), 1)).statusCode()).isEqualTo(403);
  }

  @Test
  void aManagerSeesThePagesOfAnApprovalOfferedToTheirGroupOnly() throws Exception {
    Map<String, Object> values = new HashMap<>();
    values.put("applicationDate", LocalDate.of(2026, 4, 1));
    values.put("organisationName", "一般社団法人 あおば");
    values.put("representative", "代表理事 鈴木 一郎");
    values.put("address", "長野県松本市丸の内3-7");
    values.put("projectName", "地域防災訓練事業");
    values.put("requestedAmount", 1_250_000L);
    var instance =
        new TestCases(caseStarter, transactions, runtime).start("subsidy-application", values);
    Task approval =
        Await.until(
            "the approval",
            () ->
                tasks
                    .createTaskQuery()
                    .processInstanceId(instance.getId())
                    .taskDefinitionKey("managerApproval")
                    .singleResult());
    Path page = store.pageImage(instance.getBusinessKey(), 1);
    Files.createDirectories(page.getParent());
    ImageIO.write(new BufferedImage(20, 30, BufferedImage.TYPE_BYTE_GRAY), "png", page.toFile());
    HttpClient manager = tasklistSession("review-manager");

    assertThat(get(manager, pagePath(approval.getId(), 1)).statusCode()).isEqualTo(200);
    assertThat(get(manager, pagePath(approval.getId(), 2)).statusCode()).isEqualTo(404);
    assertThat(get(manager, pagePath(review.getId(), 1)).statusCode())
        .as("an operator's review")
        .isEqualTo(403);
    assertThat(get(manager, pagePath("no-such-task", 1)).statusCode()).isEqualTo(403);

    TestUsers.ensure(identity, "other-manager", Roles.MANAGER_GROUP);
    tasks.claim(approval.getId(), "other-manager");
    assertThat(get(manager, pagePath(approval.getId(), 1)).statusCode())
        .as("claimed by another manager")
        .isEqualTo(403);
  }

  @Test
  void tasklistsFormsAndTheirSharedScriptAreServed() throws Exception {
    for (String file :
        List.of(
            "approval.html",
            "duplicate.html",
            "follow-up.html",
            "document-view.html",
            "task-form.js",
            "task-form.css")) {
      assertThat(get(HttpClient.newHttpClient(), "/forms/" + file).statusCode())
          .as(file)
          .isEqualTo(200);
    }
  }

  @Test
  void theFormItselfIsServedToTasklist() throws Exception {
    var form = get(HttpClient.newHttpClient(), "/forms/review.html");
    assertThat(form.statusCode()).isEqualTo(200);
  }

  private static String pagePath(String taskId, int page) {
    return "/review/tasks/" + taskId + "/pages/" + page + ".png";
  }

  /** Logs in as Tasklist's login page does, keeping the session and CSRF cookies. */
  private HttpClient tasklistSession(String user) throws Exception {
    var cookies = new CookieManager();
    HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
    get(browser, "/camunda/app/tasklist/default/");
    String xsrf =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .findFirst()
            .orElseThrow()
            .getValue();
    var login =
        browser.send(
            HttpRequest.newBuilder(url("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", xsrf)
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username=" + user + "&password=" + TestUsers.PASSWORD))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    return browser;
  }

  private HttpResponse<byte[]> get(HttpClient client, String path) throws Exception {
    return client.send(
        HttpRequest.newBuilder(url(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
