package jp.gyomu.review;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import jp.gyomu.ingestion.DocumentStore;
import jp.gyomu.process.ProcessVariables;
import jp.gyomu.system.Roles;
import jp.gyomu.system.engine.WebappSessionUser;
import jp.gyomu.system.login.EngineUsers;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page images the review form in Tasklist shows. Tasklist users are logged into the Camunda
 * webapp session, not Spring Security, so this endpoint reads that session and lets the engine's
 * own authorizations decide: the image of a task's document is served only to a user who may see
 * the task. Seeing a task is not enough: documents carry personal data, so the jobs that read
 * documents get the images of the tasks they see, and anyone else (managers, who see every task)
 * only those of a task that is theirs to work: assigned to them or offered to one of their groups,
 * such as the approval of a grant. Anything else is 403, whether or not the task exists.
 */
@Controller
class ReviewPageController {

  private static final String ENGINE = "default";

  private final TaskService tasks;
  private final IdentityService identity;
  private final EngineUsers users;
  private final DocumentStore store;

  ReviewPageController(
      TaskService tasks, IdentityService identity, EngineUsers users, DocumentStore store) {
    this.tasks = tasks;
    this.identity = identity;
    this.users = users;
    this.store = store;
  }

  @GetMapping(value = "/review/tasks/{taskId}/pages/{page}.png")
  ResponseEntity<Resource> page(
      @PathVariable String taskId, @PathVariable int page, HttpServletRequest request) {
    Optional<String> user = WebappSessionUser.of(request, ENGINE);
    if (user.isEmpty()) {
      return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
    }
    // the groups the user is in now, not when the session began
    List<String> groups = users.groups(user.get());
    boolean reader = Roles.mayReadDocuments(groups);
    Optional<String> documentId = documentOfVisibleTask(user.get(), groups, taskId, reader);
    if (documentId.isEmpty() && !reader) {
      return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
    }
    if (documentId.isEmpty() || page < 1) {
      return ResponseEntity.notFound().build();
    }
    Path image;
    try {
      image = store.pageImage(documentId.get(), page);
    } catch (IllegalArgumentException notADocumentId) {
      return ResponseEntity.notFound().build();
    }
    if (!Files.isRegularFile(image)) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.IMAGE_PNG)
        .cacheControl(CacheControl.noStore())
        .body(new FileSystemResource(image));
  }

  /**
   * Runs the task query as the user, so the engine's task authorizations apply; for someone who
   * does not read documents, only a task assigned or offered to them counts.
   */
  private Optional<String> documentOfVisibleTask(
      String user, List<String> groups, String taskId, boolean reader) {
    identity.setAuthentication(user, groups);
    try {
      var query = tasks.createTaskQuery().taskId(taskId);
      if (!reader) {
        query = query.or().taskAssignee(user).taskCandidateUser(user);
        if (!groups.isEmpty()) {
          query = query.taskCandidateGroupIn(groups);
        }
        query = query.endOr();
      }
      if (query.count() == 0) {
        return Optional.empty();
      }
      return Optional.ofNullable((String) tasks.getVariable(taskId, ProcessVariables.DOCUMENT_ID));
    } finally {
      identity.clearAuthentication();
    }
  }
}
