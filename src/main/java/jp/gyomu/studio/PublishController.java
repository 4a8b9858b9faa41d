package jp.gyomu.studio;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Publishing a studio draft as a running business task. */
@RestController
@Tag(name = "Form drafts")
class PublishController {

  private final PublishService publishing;

  PublishController(PublishService publishing) {
    this.publishing = publishing;
  }

  @PostMapping("/api/document-types/{id}/publish")
  @Operation(
      summary = "Publish the form draft {id} as a running business task",
      description =
          "Tries the draft on its test set first: below gyomu.studio.min-publish-accuracy (or"
              + " with no expected values at all) it answers 422 with the reasons in `errors`,"
              + " unless `acceptBelowThreshold`. Then: creates or updates the registry entry"
              + " (technology AI_OCR, process key {id}; status IN_DEVELOPMENT, PILOT with"
              + " `pilot`, or the one sent), writes the template and sample into the processes"
              + " folder (in use at once, inbox/{id}/ created), writes processes/{id}.bpmn in"
              + " Gyomu's standard shape when there is none (a model the studio did not write, or"
              + " that was changed since, is kept unless `replaceBpmn`), and deploys the folder."
              + " A refused template or model changes nothing in the registry.")
  PublishService.Result publish(
      @PathVariable String id, @RequestBody PublishService.Request request, Principal user) {
    return publishing.publish(id, request, user.getName());
  }
}
