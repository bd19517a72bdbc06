package uk.gov.borough.reintegration.interfaces.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.Map;
import java.util.Optional;

/**
 * Each field says in its markup what a screen reader needs (issue 19, WCAG 1.3.1 and 3.3.1): that
 * it is required, and, when refused, that it is invalid and which message says why. Faces'
 * renderers write neither, so they are given as pass-through attributes just before a field is
 * drawn, for every form of the section at once; in a repeated row, for that row.
 */
public class AccessibleFields implements SystemEventListener {

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIInput;
  }

  @Override
  public void processEvent(SystemEvent event) {
    UIInput field = (UIInput) event.getSource();
    FacesContext faces = FacesContext.getCurrentInstance();
    Map<String, Object> markup = field.getPassThroughAttributes(true);
    if (field.isRequired()) {
      markup.put("aria-required", "true");
    }
    Optional<UIMessage> message = messageOf(field);
    if (!field.isValid() && message.isPresent()) {
      markup.put("aria-invalid", "true");
      markup.put("aria-describedby", message.get().getClientId(faces));
    } else {
      markup.remove("aria-invalid");
      markup.remove("aria-describedby");
    }
  }

  /** The message drawn beside the field: a sibling whose "for" names it. */
  private static Optional<UIMessage> messageOf(UIInput field) {
    UIComponent parent = field.getParent();
    if (parent == null) {
      return Optional.empty();
    }
    return parent.getChildren().stream()
        .filter(UIMessage.class::isInstance)
        .map(UIMessage.class::cast)
        .filter(message -> field.getId().equals(message.getFor()))
        .findFirst();
  }
}
