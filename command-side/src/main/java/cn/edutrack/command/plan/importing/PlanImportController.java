package cn.edutrack.command.plan.importing;

import cn.edutrack.command.metadata.RecordingRequest;
import cn.edutrack.security.Actors;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/plan-imports}: the body is a plan file (YAML, UTF-8). 201 with what was recorded; 200 when
 * nothing new was recorded (the same file again) or for a dry run; 422 with every error of the file, or 409
 * with every record that contradicts recorded data, or 403 with every record outside the administrator's
 * jurisdiction; in each case nothing is recorded. Only {@code application/yaml} (and its aliases) is accepted:
 * a cross-site HTML form cannot send it. The optional query parameter {@code comment} is the administrator's remark,
 * stored in the metadata of every event the file records (like the {@code comment} of the JSON bodies).
 */
@RestController
@RequestMapping("/api/plan-imports")
class PlanImportController {

    /** Plan files are a few hundred kilobytes at most; anything far larger is not a plan file. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private final PlanImporter importer;

    PlanImportController(PlanImporter importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/x-yaml"})
    ResponseEntity<PlanImportResult> importPlanFile(
            @RequestParam(defaultValue = "plan.yaml") String fileName,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(required = false) String comment,
            @RequestBody byte[] body) {
        String name = baseName(fileName);
        RecordingRequest.problemWith(comment).ifPresent(problem -> {
            throw new PlanImportRequestException("comment", problem);
        });
        RecordingRequest.comment(comment);
        PlanImportResult result = importer.importFile(Actors.current(), name, utf8(body), dryRun);
        HttpStatus status = result.dryRun() || result.unchanged() ? HttpStatus.OK : HttpStatus.CREATED;
        return ResponseEntity.status(status).body(result);
    }

    private static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        if (name.isBlank() || name.length() > 200) {
            throw new PlanImportRequestException("fileName", "must be 1 to 200 characters");
        }
        return name;
    }

    private static String utf8(byte[] body) {
        if (body.length > MAX_BYTES) {
            throw new PlanImportRequestException("body", "a plan file may be at most " + MAX_BYTES + " bytes", true);
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PlanImportRequestException("body", "a plan file must be UTF-8 text");
        }
    }
}
