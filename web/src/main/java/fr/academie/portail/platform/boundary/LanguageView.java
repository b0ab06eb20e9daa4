package fr.academie.portail.platform.boundary;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages: French, the académie's language, unless the person asks for English
 * (whatever their browser says: a shared staff-room computer is often set to English).
 */
@Named
@SessionScoped
public class LanguageView implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Locale.FRENCH;

    public Locale getLocale() {
        return locale;
    }

    public boolean isFrench() {
        return Locale.FRENCH.getLanguage().equals(locale.getLanguage());
    }

    public void toggle() {
        locale = isFrench() ? Locale.ENGLISH : Locale.FRENCH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
