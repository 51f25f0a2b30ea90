package cn.edutrack.security;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who the caller is authenticated as. */
@RestController
class WhoAmIController {

    @GetMapping("/api/me")
    Actor me() {
        return Actors.current();
    }
}
