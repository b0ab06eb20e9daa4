package fr.academie.portail.cv.entity;

/** A CV is a draft until its owner validates it; any later change makes it a draft again. */
public enum CvStatus {
    BROUILLON,
    VALIDE
}
