package fr.academie.portail.career.control;

/** The dossier lacks what a projection needs; the message says what, in French. */
public class CannotProject extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CannotProject(String message) {
        super(message);
    }
}
