package cn.edutrack.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import jakarta.servlet.http.HttpServletRequest;

/** {@link OutOfScopeException} as 403 with the rule, in both applications. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SecurityProblemAdvice {

    @ExceptionHandler(OutOfScopeException.class)
    ProblemDetail outOfScope(OutOfScopeException e, HttpServletRequest request) {
        ProblemDetail problem = SecurityProblems.problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
                e.getMessage(), request.getRequestURI());
        problem.setProperty("rule", e.rule());
        return problem;
    }
}
