package cn.edutrack.command.metadata;

import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Hands the {@code comment} of a command body ({@link CommentedRequest}) to {@link RecordingRequest} as soon as the
 * body is read, so that no controller and no command record has to pass it on. A body that then fails validation
 * (an over-long comment among others) sends no command, so its comment reaches nothing.
 */
@ControllerAdvice(basePackages = {"cn.edutrack.command.project.web", "cn.edutrack.command.plan.web"})
class RequestCommentAdvice extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return targetType instanceof Class<?> type && CommentedRequest.class.isAssignableFrom(type);
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converterType) {
        if (body instanceof CommentedRequest commented) {
            RecordingRequest.comment(commented.comment());
        }
        return body;
    }
}
