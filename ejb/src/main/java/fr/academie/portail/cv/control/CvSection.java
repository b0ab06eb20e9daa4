package fr.academie.portail.cv.control;

/** The sections of a CV, in the order it shows them. */
public enum CvSection {
    DIPLOME,
    CERTIFICATION,
    FORMATION,
    ACTIVITE,
    LANGUE
}
