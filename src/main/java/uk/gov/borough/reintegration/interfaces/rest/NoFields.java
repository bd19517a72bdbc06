package uk.gov.borough.reintegration.interfaces.rest;

/**
 * The body of an action that needs nothing but its address: {@code {}}. It is still JSON, so a form
 * posted from another site (which cannot send JSON) never reaches the action.
 */
public record NoFields() {}
