package jp.gyomu.system;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The open front door: what Gyomu is and where each tool lives. */
@Controller
class LandingController {

  @GetMapping("/")
  String landing() {
    return "index";
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }
}
