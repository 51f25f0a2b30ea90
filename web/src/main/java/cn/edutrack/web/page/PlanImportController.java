package cn.edutrack.web.page;

import cn.edutrack.web.backend.Backend;
import cn.edutrack.web.backend.BackendException;
import cn.edutrack.web.backend.PlanViews.ImportResult;
import cn.edutrack.web.security.SignedInUser;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrators' plan-file import: the uploaded YAML goes to the command side as it is
 * ({@code POST /api/plan-imports?fileName=&dryRun=&comment=}, {@code application/yaml}); its answer is shown as
 * what was (or, in a dry run, would be) recorded, a refusal as the importer's list of errors (file, line, field,
 * message), nothing of the file being stored.
 */
@Controller
class PlanImportController {

    /** The statuses whose problem lists the file's errors (invalid, outside the jurisdiction, conflicting, too large). */
    private static final Set<Integer> REFUSALS = Set.of(400, 403, 409, 413, 422);

    private final Backend backend;

    PlanImportController(Backend backend) {
        this.backend = backend;
    }

    @GetMapping("/plan-imports")
    String form(Model model) {
        requireAdministrator();
        model.addAttribute("dryRun", true);
        return "plan-import";
    }

    @PostMapping("/plan-imports")
    String upload(@RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean dryRun, @RequestParam(required = false) String comment,
            Model model) throws IOException {
        requireAdministrator();
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("comment", comment);
        if (file == null || file.isEmpty()) {
            model.addAttribute("noFile", true);
            return "plan-import";
        }
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "plan.yaml" : file.getOriginalFilename();
        model.addAttribute("fileName", fileName);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("fileName", fileName);
        params.put("dryRun", Boolean.toString(dryRun));
        params.put("comment", comment);
        try {
            model.addAttribute("result", backend.postFile(ImportResult.class, "/api/plan-imports", params,
                    MediaType.parseMediaType("application/yaml;charset=UTF-8"), file.getBytes()));
        } catch (BackendException e) {
            if (!REFUSALS.contains(e.status())) {
                throw e;
            }
            model.addAttribute("importProblem", e.problem());
        }
        return "plan-import";
    }

    private static void requireAdministrator() {
        SignedInUser user = Backend.currentUser();
        if (!"ADMINISTRATOR".equals(user.role())) {
            throw BackendException.roleMayNot();
        }
    }
}
